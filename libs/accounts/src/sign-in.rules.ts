/**
 * The numbers of signing in, in one place (NCSC "Password administration for system owners";
 * RFC 6238 for TOTP). Failures of the password and of the second factor count together, so
 * knowing the password does not buy unlimited guesses at the code.
 */
export const SIGN_IN_RULES = {
  /** Failed sign-in steps in a row that lock an account. */
  lockoutThreshold: 5,
  /** How long the lock lasts. */
  lockoutMinutes: 15,
  /** TOTP: 30-second steps, 6 digits, SHA-1 (what every authenticator app shows by default). */
  totpPeriodSeconds: 30,
  totpDigits: 6,
  /** Codes of the step before and after now are accepted too, for clock drift. */
  totpWindowSteps: 1,
  /** Recovery codes issued at enrolment, each usable once. */
  recoveryCodeCount: 10,
  /** How long a password-checked sign-in waits for its code (enrolment included). */
  challengeMinutes: 10,
  /** How long a password-reset link works. */
  passwordResetMinutes: 60,
  /**
   * Spent sign-in challenges, reset links and ended sessions are deleted this long after they stop
   * working: long enough to look into a suspicious sign-in, which the audit trail records for good.
   */
  endedRecordsKeptDays: 30,
  /** Shown in authenticator apps. */
  totpIssuer: 'Safeguard Hub',
} as const;
