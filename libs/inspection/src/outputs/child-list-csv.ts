import { toCsv } from '@safeguard/platform';

/** A list of children (or any records) as CSV: a header of the columns, then one line per row. */
export function renderChildListCsv(rows: Array<Record<string, string | number | boolean | null>>, columns: string[]): string {
  return toCsv([columns, ...rows.map((row) => columns.map((column) => row[column]))]);
}
