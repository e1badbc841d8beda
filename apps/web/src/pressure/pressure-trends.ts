/** "2026-03" as people say it: "March 2026" (the month alone, so no time zone is involved). */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-').map(Number);
  if (!year || !m || m < 1 || m > 12) return month;
  return new Date(Date.UTC(year, m - 1, 1)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The months to count, read from the address (`from`, `to` as YYYY-MM); anything else is left out. */
export function trendsFilter(params: URLSearchParams): { from?: string; to?: string } {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return { ...(MONTH.test(from) ? { from } : {}), ...(MONTH.test(to) ? { to } : {}) };
}

/** Why the typed months cannot be used, if they cannot. */
export function monthProblems(from: string, to: string): Array<{ field: string; message: string }> {
  const errors: Array<{ field: string; message: string }> = [];
  if (from && !MONTH.test(from)) errors.push({ field: 'trends-from', message: 'Enter the first month as year and month, for example 2026-01' });
  if (to && !MONTH.test(to)) errors.push({ field: 'trends-to', message: 'Enter the last month as year and month, for example 2026-06' });
  if (!errors.length && from && to && from > to) errors.push({ field: 'trends-to', message: 'The last month must be the same as or after the first month' });
  return errors;
}

/** The name the CSV is saved under: "pressure-trends-2026-01-to-2026-06.csv". */
export function csvFileName(filter: { from?: string; to?: string }): string {
  const span = [filter.from ?? 'start', filter.to ?? 'now'].join('-to-');
  return `pressure-trends-${filter.from || filter.to ? span : 'all'}.csv`;
}

/** A share of the total, as a whole percentage ("0%" when nothing is counted). */
export const percentOf = (count: number, total: number): string => `${total ? Math.round((count / total) * 100) : 0}%`;
