import argon2 from 'argon2';
import { CommonException } from '@safeguard/platform';

// OWASP Password Storage Cheat Sheet: argon2id, 19 MiB, 2 iterations, 1 lane.
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

// A short list of the passwords attackers try first; length does the rest (NCSC/NIST: no composition rules).
const COMMON_PASSWORDS = new Set([
  'password1234', 'password12345', 'password123456', '123456789012', 'qwertyuiopas', '111111111111',
  'iloveyou1234', 'welcome12345', 'letmein12345', 'changeme1234', 'administrator', 'passwordpassword',
  'safeguarding1', 'safeguarding123', 'birmingham123', 'qwerty123456', '1q2w3e4r5t6y', 'football1234',
]);

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

export function assertAcceptablePassword(password: string, field = 'password'): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw CommonException.invalidInput(field, `Use at least ${PASSWORD_MIN_LENGTH} characters`);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw CommonException.invalidInput(field, `Use at most ${PASSWORD_MAX_LENGTH} characters`);
  }
  if (COMMON_PASSWORDS.has(password.toLowerCase())) {
    throw CommonException.invalidInput(field, 'This password is too common; choose another');
  }
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
