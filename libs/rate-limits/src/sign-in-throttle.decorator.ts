import { SetMetadata } from '@nestjs/common';

export const SIGN_IN_THROTTLE_KEY = 'safeguard:sign-in-throttle';

/** Finds the account an attempt is about in the operation's arguments (e.g. the e-mail typed). */
export type SignInAccountOf = (args: Record<string, unknown>) => unknown;

/** The e-mail address in `input.email`, as `login` takes it. */
export const emailInInput: SignInAccountOf = (args) => (args.input as { email?: unknown } | undefined)?.email;

/**
 * Marks an operation as a sign-in attempt (password, one-time code, reset code): it is counted
 * per account and per client address under RATE_LIMITS.signIn, each alias of it in a request
 * counting once. `accountOf` reads the account from the arguments; for a second step that
 * carries only a challenge token, return that token (it stands for one account's attempt).
 */
export const SignInThrottle = (accountOf: SignInAccountOf = emailInInput) => SetMetadata(SIGN_IN_THROTTLE_KEY, accountOf);
