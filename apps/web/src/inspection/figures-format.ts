/** How the portal prints the report's figures: the same words as the PDF (libs/inspection report-pdf). */

export type MeasureUnit = 'count' | 'percent' | 'days' | 'hours' | 'schoolDays';

/** A value not known for a term is not zero: it prints as a dash, said in words to screen readers. */
export const NOT_KNOWN = '–';
export const NOT_KNOWN_WORDS = 'not known';

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const UNITS: Record<MeasureUnit, (v: number) => string> = {
  count: (v) => number.format(v),
  percent: (v) => `${number.format(v)}%`,
  days: (v) => `${number.format(v)} ${v === 1 ? 'day' : 'days'}`,
  hours: (v) => `${number.format(v)} ${v === 1 ? 'hour' : 'hours'}`,
  schoolDays: (v) => `${number.format(v)} ${v === 1 ? 'school day' : 'school days'}`,
};

export function formatValue(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return NOT_KNOWN;
  return (UNITS[unit as MeasureUnit] ?? UNITS.count)(value);
}

/** For an aria-label: a value in words. */
export function spokenValue(value: number | null | undefined, unit: string): string {
  return value === null || value === undefined ? NOT_KNOWN_WORDS : formatValue(value, unit);
}

export const JUDGEMENTS = {
  GOOD_PROGRESS: 'Good progress',
  SOME_PROGRESS: 'Some progress',
  INADEQUATE: 'Inadequate',
  NOT_JUDGED: 'Not judged',
} as const;

export type Judgement = keyof typeof JUDGEMENTS;

/** Tag colours for judgements; the words always say it too. */
export const JUDGEMENT_TAGS: Record<Judgement, string> = {
  GOOD_PROGRESS: 'govuk-tag--green',
  SOME_PROGRESS: 'govuk-tag--yellow',
  INADEQUATE: 'govuk-tag--red',
  NOT_JUDGED: 'govuk-tag--grey',
};

/** The id of a measure's row in its section's table, the drill-down target when no query page exists. */
export const measureRowId = (sectionKey: string, measureKey: string) => `figure-${sectionKey}-${measureKey}`.replace(/[^\w-]/g, '-');
