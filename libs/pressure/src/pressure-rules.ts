import { workingDaysAfter } from '@safeguard/calendar';

/**
 * The numbers of reports of intimidation and pressure, each with its source, in one place. No
 * statute sets them: they are the council's service standard, answering Ofsted's finding
 * (letters of June and July 2016) that headteachers facing intimidation, derogatory comments on
 * social media, organised resistance to PSHE and equality teaching, and pressure over the
 * curriculum and staffing felt unsupported by the council.
 */
export const PRESSURE_RULES = Object.freeze({
  /**
   * The council acknowledges a report within two working days, read as the same London time two
   * working days later (a report arriving at the weekend or on a bank holiday is due at the end
   * of the second working day). Local service standard; the front door's one working day
   * (Working Together 2023) is for children at risk, which go through a concern instead.
   */
  acknowledgementWorkingDays: 2,
  /** The longest summary a reporter may share with other schools: short enough to stay general. */
  shareableSummaryMaxLength: 500,
  /** How many links (posts, videos, petitions) one report or addition may carry. */
  maxLinks: 20,
  /** The shortest account of what happened once blanks are trimmed: a description, not a tick. */
  minimumAccountLength: 10,
});

/** When the council's acknowledgement of a report submitted at `submittedAt` is due. */
export function acknowledgementDueAt(submittedAt: Date): Date {
  return workingDaysAfter(submittedAt, PRESSURE_RULES.acknowledgementWorkingDays);
}
