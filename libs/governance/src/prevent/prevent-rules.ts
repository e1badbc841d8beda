import { addMonths, defaultTermOf, IsoDate } from '@safeguard/calendar';

/**
 * The numbers of the Prevent duty record, each with its source, in one place. A change in
 * guidance is an edit here (prevent-rules.spec.ts pins them).
 */
export const PREVENT_RULES = Object.freeze({
  /**
   * Keeping Children Safe in Education 2025, Annex C: the designated safeguarding lead's
   * training is updated at least every two years. Their Prevent awareness training is held to the
   * same interval (Prevent duty guidance 2023: the DSL holds Prevent awareness training at least).
   */
  dslTrainingRefreshMonths: 24,
  /**
   * How long a member of staff's Prevent awareness training counts towards the share of staff
   * trained. Local policy default: the guidance sets no interval for other staff ("regularly
   * updated", KCSIE 2025 Part 2), so the DSL's two years is used.
   */
  staffTrainingCountsForMonths: 24,
  /** Prevent duty guidance 2023 (schools): the four themes a school's risk assessment covers. */
  themes: ['riskAssessment', 'partnership', 'staffTraining', 'onlineSafety'] as const,
  /** The longest text a school may write in one theme's actions or a return's notes. */
  maxTextLength: 10_000,
  /** Bounds on a school's figures, so a typo (an extra nought) is refused rather than reported. */
  maxStaffHeadcount: 5_000,
  maxPupilFigure: 20_000,
});

export type PreventTheme = (typeof PREVENT_RULES.themes)[number];

/** The school year a date falls in, as schools write it: '2026/27' from 1 September 2026 to 31 August 2027. */
export function schoolYearOf(date: IsoDate): string {
  return schoolYearLabel(defaultTermOf(date).academicYear);
}

export function schoolYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The first calendar year of a school year label, or null when the label is not one ('2026/27' → 2026). */
export function firstYearOf(label: string): number | null {
  const match = /^(\d{4})\/(\d{2})$/.exec(label);
  if (!match) return null;
  const start = Number(match[1]);
  return schoolYearLabel(start) === label ? start : null;
}

/** When training done on `trainedOn` must be refreshed for a DSL. */
export function dslRefreshDueOn(trainedOn: IsoDate): IsoDate {
  return addMonths(trainedOn, PREVENT_RULES.dslTrainingRefreshMonths);
}

/** The earliest training date that still counts on `today` for a DSL (inclusive). */
export function dslTrainingCutoff(today: IsoDate): IsoDate {
  return addMonths(today, -PREVENT_RULES.dslTrainingRefreshMonths);
}

/** The earliest training date that still counts on `today` towards the share of staff trained (inclusive). */
export function staffTrainingCutoff(today: IsoDate): IsoDate {
  return addMonths(today, -PREVENT_RULES.staffTrainingCountsForMonths);
}
