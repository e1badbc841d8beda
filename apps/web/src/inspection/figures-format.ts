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

/** Short term names under the bars ("Autumn 2026/27" becomes "Aut 26/27"). */
export function shortTerm(label: string): string {
  return label.replace(/^(\w{3})\w*\s+\d{2}(\d{2})\/(\d{2})$/, '$1 $2/$3').replace(/^(\w{3})\w*\s+\d{2}(\d{2})$/, '$1 $2');
}

/**
 * A chart's meaning in one sentence, shown under it: the report term's value and how it moved from
 * the earliest term known. The table below the charts holds every figure.
 */
export function trendSummary(terms: string[], values: Array<number | null | undefined>, unit: string): string {
  const last = values.length - 1;
  const now = values[last];
  const firstKnown = values.findIndex((v) => v !== null && v !== undefined);
  const head = `${terms[last] ?? 'This term'}: ${spokenValue(now, unit)}`;
  if (now === null || now === undefined || firstKnown < 0 || firstKnown === last) return `${head}.`;
  const then = values[firstKnown]!;
  const change = now === then ? 'the same as' : now > then ? 'up from' : 'down from';
  return `${head}, ${change} ${formatValue(then, unit)} in ${terms[firstKnown]}.`;
}
