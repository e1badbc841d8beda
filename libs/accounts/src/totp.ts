import { createHash, randomBytes } from 'node:crypto';
import { generateSecret, generateSync, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { SIGN_IN_RULES } from './sign-in.rules';

const { totpPeriodSeconds: period, totpDigits: digits, totpWindowSteps } = SIGN_IN_RULES;

/** A new shared secret for an authenticator app (base32, 160 bits as RFC 4226 recommends). */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(email: string, secret: string): string {
  return generateURI({ issuer: SIGN_IN_RULES.totpIssuer, label: email, secret, digits, period });
}

export function totpQrCodeDataUrl(uri: string): Promise<string> {
  return QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2, width: 240 });
}

/** The time step (RFC 6238 T) a moment falls in. */
export function totpStepAt(epochSeconds: number): number {
  return Math.floor(epochSeconds / period);
}

/** The code an authenticator shows at a moment (tests and the demo's documentation). */
export function totpCodeAt(secret: string, epochSeconds: number): string {
  return generateSync({ secret, epoch: epochSeconds, digits, period });
}

/**
 * The time step a code matches, within the window around now and after the last step accepted
 * (a code is good once: a replay is refused), or null.
 */
export async function matchTotp(secret: string, code: string, lastStep: number | null): Promise<number | null> {
  if (!new RegExp(`^\\d{${digits}}$`).test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    digits,
    period,
    epoch: Math.floor(Date.now() / 1000),
    epochTolerance: totpWindowSteps * period,
    ...(lastStep !== null ? { afterTimeStep: lastStep } : {}),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

// Crockford-style alphabet without look-alikes: 16 characters of 5 bits each is 80 bits, so a
// plain SHA-256 is a sufficient hash (no guessing dictionary exists for it).
const RECOVERY_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ0123456789';

/** One recovery code, shown as XXXX-XXXX-XXXX-XXXX. */
export function newRecoveryCode(): string {
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => RECOVERY_ALPHABET[b % 32]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** How a recovery code is stored and looked up: case, spaces and dashes do not matter. */
export function recoveryCodeHash(code: string): string {
  const normalised = code.toUpperCase().replace(/[\s-]/g, '');
  return createHash('sha256').update(normalised).digest('hex');
}
