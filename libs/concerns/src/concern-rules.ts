import { workingDaysAfter } from '@safeguard/calendar';

/**
 * The numbers of the front door, each with its source, in one place. The sign-off window is
 * local policy and each authority may set its own within the bounds; the rest are fixed.
 */
export const CONCERN_RULES = Object.freeze({
  /**
   * Working Together to Safeguard Children (2023): a decision on a referral within one working
   * day, and the referrer told. Read as the same London time on the next working day.
   */
  decisionWorkingDays: 1,
  /** Working days a manager has to sign off an unqualified officer's decision, unless the authority sets its own. Local policy default. */
  defaultSignOffWorkingDays: 1,
  /** What an authority may set the sign-off window to, so a typo cannot switch the duty off. */
  signOffWorkingDaysBounds: [1, 10] as const,
  /** A concern is a repeat when the same child had another within this many months before it (the measure the termly report reads). */
  repeatConcernMonths: 12,
  /** The shortest rationale a decision may carry once blanks are trimmed: a reason, not a tick. */
  minimumRationaleLength: 20,
});

/** When a decision on a concern submitted at `submittedAt` is due. */
export function decisionDueAt(submittedAt: Date): Date {
  return workingDaysAfter(submittedAt, CONCERN_RULES.decisionWorkingDays);
}
