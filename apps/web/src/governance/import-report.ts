/** How many data rows a CSV holds (non-blank lines after the header), to say what is being imported. */
export function csvDataRows(text: string): number {
  const lines = text.split(/\r\n|\n|\r/).filter((line) => line.replace(/[,\s"]/g, '') !== '');
  return Math.max(0, lines.length - 1);
}

export interface Refusal {
  row: number;
  field: string | null;
  reason: string;
}

/** Refusals grouped by row, rows in order, each row's reasons as "column: reason" (or the reason alone). */
export function refusalsByRow(refused: readonly Refusal[]): Array<{ row: number; reasons: string[] }> {
  const rows = new Map<number, string[]>();
  for (const r of refused) rows.set(r.row, [...(rows.get(r.row) ?? []), r.field ? `${r.field}: ${r.reason}` : r.reason]);
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([row, reasons]) => ({ row, reasons }));
}

/** The spreadsheet's own row number of a data row (its header is row 1). */
export const spreadsheetRow = (dataRow: number) => dataRow + 1;

/** The largest file the api takes (2 MB of text, as scr-csv.ts counts it). */
export const MAX_IMPORT_BYTES = 2_000_000;
