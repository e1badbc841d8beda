/** Pure helpers of the administration pages (tested in admin-logic.test.ts). */

export type MembershipState = 'CURRENT' | 'ENDED' | 'FUTURE';

export { londonToday } from '../layout/london-time';

/** Whether a membership is in force on `today` (ISO dates compare as text). */
export function membershipState(m: { startsOn?: string | null; endsOn?: string | null }, today: string): MembershipState {
  if (m.endsOn && m.endsOn < today) return 'ENDED';
  if (m.startsOn && m.startsOn > today) return 'FUTURE';
  return 'CURRENT';
}

export const MEMBERSHIP_STATE_LABELS: Record<MembershipState, { text: string; tag: string }> = {
  CURRENT: { text: 'Current', tag: 'govuk-tag--green' },
  ENDED: { text: 'Ended', tag: 'govuk-tag--grey' },
  FUTURE: { text: 'Starts later', tag: 'govuk-tag--blue' },
};

/** "1 Sep 2026 to 31 Aug 2027", "from 1 Sep 2026", "until 31 Aug 2027", or "" when open both ways. */
export function periodText(startsOn: string | null | undefined, endsOn: string | null | undefined): string {
  const day = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/London' });
  if (startsOn && endsOn) return `${day(startsOn)} to ${day(endsOn)}`;
  if (startsOn) return `from ${day(startsOn)}`;
  if (endsOn) return `until ${day(endsOn)}`;
  return '';
}

/** A school search box: digits are a URN, anything else part of a name. */
export function schoolSearch(typed: string): { urn?: number; name?: string } {
  const text = typed.trim();
  if (!text) return {};
  if (/^\d{1,9}$/.test(text)) return { urn: Number(text) };
  return { name: text.slice(0, 100) };
}

/** The query string of the schools list, without empty parts. */
export function schoolsQueryString(params: { search?: string; type?: string; after?: string }): string {
  const entries = Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1]));
  const query = new URLSearchParams(entries).toString();
  return query ? `?${query}` : '';
}

interface RunCounts {
  status: string;
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  closed: number;
  skipped: number;
  refused: number;
}

/** One line saying where an import run is, in words. */
export function runSummary(run: RunCounts): string {
  const rows = `${run.rowsRead.toLocaleString('en-GB')} ${run.rowsRead === 1 ? 'row' : 'rows'} read`;
  if (run.status === 'RUNNING') return run.rowsRead ? `${rows} so far` : 'Waiting to start';
  if (run.status === 'FAILED') return `Failed after ${rows}`;
  return `${rows}: ${run.created} new, ${run.updated} updated, ${run.unchanged} unchanged, ${run.closed} closed, ${run.skipped} skipped, ${run.refused} refused`;
}

/** Whether the runs page should keep asking for progress. */
export const anyRunning = (runs: Array<{ status: string }>) => runs.some((r) => r.status === 'RUNNING');

/** The size limit and name checks the upload form makes before sending (the api checks again). */
export function giasFileProblem(file: { name: string; size: number } | null | undefined): string | null {
  if (!file) return 'Choose the GIAS establishment file';
  if (!/\.csv$/i.test(file.name)) return 'The file must be a CSV file (ending .csv)';
  if (file.size === 0) return 'The chosen file is empty';
  return null;
}
