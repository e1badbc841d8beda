/** Columns every GIAS establishment export has, and the import needs. */
const REQUIRED_COLUMNS = ['URN', 'EstablishmentName', 'LA (code)', 'EstablishmentStatus (name)'];

/** A file name fit to show and store: no folders, no control characters, at most 255 characters. */
export function cleanGiasFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base.slice(0, 255);
}

/**
 * Why the start of an upload is not a GIAS establishment CSV, or null when it looks like one:
 * named .csv, text (no NUL byte), and a header line naming the columns the import needs. Judged
 * from the bytes, whatever the browser declared.
 */
export function giasUploadRefusal(fileName: string, head: Buffer): string | null {
  if (!/\.csv$/i.test(fileName)) return 'Choose the GIAS establishment file, a .csv file';
  if (head.length === 0) return 'The file is empty';
  if (head.includes(0)) return 'The file is not a CSV file: it holds binary data';
  const text = head.toString('latin1').replace(/^\u00ef\u00bb\u00bf/, '');
  const newline = text.indexOf('\n');
  const header = newline === -1 ? text : text.slice(0, newline);
  const missing = REQUIRED_COLUMNS.filter((column) => !header.split(',').some((cell) => cell.replace(/"/g, '').trim() === column));
  if (missing.length) return `The file is not a GIAS establishment export: its first line has no ${missing.map((c) => `“${c}”`).join(', ')} column`;
  return null;
}
