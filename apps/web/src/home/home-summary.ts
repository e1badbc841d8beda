/**
 * The home page's figures in words. Lists are counted from one small page of ids (the api counts
 * no lists), so a full page reads "50 or more" rather than pretending to know the total.
 */

export interface CountedPage {
  edges: readonly unknown[];
  pageInfo: { hasNextPage: boolean };
}

/** "No drafts", "1 draft", "3 drafts", "50 or more drafts". */
export function countText(page: CountedPage | null | undefined, singular: string, plural = `${singular}s`): string {
  if (!page) return 'Loading…';
  const n = page.edges.length;
  if (n === 0) return `No ${plural}`;
  if (page.pageInfo.hasNextPage) return `${n} or more ${plural}`;
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "1 report", "2 reports", "No reports" for a plain number. */
export function numberText(n: number, singular: string, plural = `${singular}s`): string {
  if (n === 0) return `No ${plural}`;
  return `${n} ${n === 1 ? singular : plural}`;
}

export interface Tally {
  required: number;
  done: number;
  due: number;
  overdue: number;
  refused: number;
}

/** A school's checks by red, amber and green: green done, amber due within their deadline, red overdue or refused. */
export function ragCounts(tally: Tally): { green: number; amber: number; red: number } {
  return { green: tally.done, amber: tally.due, red: tally.overdue + tally.refused };
}

/** "12 checks required: 9 done, 2 due, 1 overdue, 0 refused". */
export function tallyText(tally: Tally): string {
  return `${numberText(tally.required, 'check')} required: ${tally.done} done, ${tally.due} due, ${tally.overdue} overdue, ${tally.refused} refused`;
}

/** Open pressure reports: every status but resolved. */
export function openReports<T extends { status: string }>(reports: readonly T[]): T[] {
  return reports.filter((r) => r.status !== 'RESOLVED');
}

/** Register overdue items added up across kinds. */
export function totalOverdue(overdue: ReadonlyArray<{ count: number }>): number {
  return overdue.reduce((sum, k) => sum + k.count, 0);
}

/** The share of staff trained, as words: "31 of 38 staff (82%)", or just the number without a headcount. */
export function staffTrainedText(trained: number, headcount: number | null | undefined): string {
  if (headcount == null) return `${trained} staff trained (no headcount given yet)`;
  return `${trained} of ${headcount} staff (${Math.round((trained / headcount) * 100)}%)`;
}

/** The number alone, for inside a sentence: "0", "3", "50 or more". */
export function countOnly(page: CountedPage | null | undefined): string {
  if (!page) return '…';
  return `${page.edges.length}${page.pageInfo.hasNextPage ? ' or more' : ''}`;
}
