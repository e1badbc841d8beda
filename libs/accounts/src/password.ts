import argon2 from 'argon2';
import { CommonException } from '@safeguard/platform';
import { COMMON_PASSWORDS_TEXT } from './common-passwords';

// OWASP Password Storage Cheat Sheet: argon2id, 19 MiB, 2 iterations, 1 lane. The one place these are set.
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** NCSC and NIST SP 800-63B: length and a deny-list, no composition rules. */
export const PASSWORD_RULES = { minLength: 12, maxLength: 128 } as const;

const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  COMMON_PASSWORDS_TEXT.split('\n').map((line) => line.trim().toLowerCase()).filter(Boolean),
);

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the e-mail is unknown, so timing does not reveal which accounts exist. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword('not-a-real-password-for-timing-only');
  return decoy;
}

/**
 * Whether a password is on the deny-list, or is a listed one with digits or symbols added at
 * either end ("Football2024!"), or one repeated ("monkeymonkey"): the variations tried first.
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return true;
  const core = lower.replace(/^[^a-z]+|[^a-z]+$/g, '');
  if (core.length >= 4 && COMMON_PASSWORDS.has(core)) return true;
  const repeated = /^(.+?)\1+$/.exec(lower);
  return Boolean(repeated && (repeated[1].length < 4 || COMMON_PASSWORDS.has(repeated[1])));
}

export function assertAcceptablePassword(password: string, field = 'password'): void {
  if (password.length < PASSWORD_RULES.minLength) {
    throw CommonException.invalidInput(field, `Use at least ${PASSWORD_RULES.minLength} characters`);
  }
  if (password.length > PASSWORD_RULES.maxLength) {
    throw CommonException.invalidInput(field, `Use at most ${PASSWORD_RULES.maxLength} characters`);
  }
  if (isCommonPassword(password)) {
    throw CommonException.invalidInput(field, 'This password is too common; choose another');
  }
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
