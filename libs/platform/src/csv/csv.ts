/** A CSV cell's value: text, a number, a yes/no, or nothing. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * One cell: blank for null, quoted when it holds a comma, quote, line break or apostrophe, and
 * defused when a spreadsheet would run it as a formula (text starting with = + - @, tab or
 * return gets a leading apostrophe). Numbers are left as numbers, so a negative stays one.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Lines of cells as CSV (RFC 4180): comma-separated, CRLF after every line, the header included. */
export function toCsv(lines: ReadonlyArray<readonly unknown[]>): string {
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
