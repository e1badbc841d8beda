/**
 * When to warn before a session ends for inactivity (GOV.UK "timeout warning" pattern). The access
 * token's lifetime is the idle limit: an active user's tokens are refreshed unseen, an idle one is
 * asked whether to stay signed in, and is signed out when the token would expire.
 */
export const SESSION_TIMEOUT = {
  /** How long before the end the warning shows (GOV.UK suggests at least two minutes). */
  warningSeconds: 120,
  /** Sign out this long before the token's expiry, so no request is sent with a dead token. */
  marginSeconds: 5,
} as const;

export interface TimeoutPlan {
  /** When to refresh unseen (if the user was active) or warn (if not), in ms since the epoch. */
  checkAt: number;
  /** When to sign out if nobody answered the warning. */
  endAt: number;
}

export function planSessionTimeout(issuedAt: number, expiresAt: number): TimeoutPlan {
  const endAt = expiresAt - SESSION_TIMEOUT.marginSeconds * 1000;
  // A short token (tests, strict deployments) is checked half-way through rather than at once.
  const checkAt = Math.max(issuedAt + (endAt - issuedAt) / 2, endAt - SESSION_TIMEOUT.warningSeconds * 1000);
  return { checkAt, endAt };
}

/** At the check: refresh unseen if the user did anything since the tokens were issued, else warn. */
export function actionAtCheck(lastActivityAt: number, issuedAt: number): 'refresh' | 'warn' {
  return lastActivityAt > issuedAt ? 'refresh' : 'warn';
}

/** "1 minute and 5 seconds": the words a screen reader reads in the warning. */
export function describeTimeLeft(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (!minutes) return part(seconds, 'second');
  return seconds ? `${part(minutes, 'minute')} and ${part(seconds, 'second')}` : part(minutes, 'minute');
}
