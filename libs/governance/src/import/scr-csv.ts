import { CsvError, parse } from 'csv-parse';
import { CommonException } from '@safeguard/platform';
import { headerKey, RawScrRow, REQUIRED_COLUMNS, SCR_COLUMNS } from './scr-row';

export const MAX_IMPORT_ROWS = 5_000;
/** Bytes of UTF-8; the GraphQL input allows as many characters, so a few multi-byte ones may still be refused here. */
export const MAX_IMPORT_BYTES = 2_000_000;

export interface ScrSheet {
  /** Data rows with their number as the spreadsheet shows it less the header (the first data row is 1). */
  rows: Array<{ row: number; raw: RawScrRow }>;
  /** Headers the import does not read, as given. */
  ignoredColumns: string[];
}

const KNOWN = new Map(SCR_COLUMNS.map((column) => [headerKey(column), column]));

/**
 * Reads a single central record exported as CSV: quoted fields (with commas and line breaks),
 * CRLF, a UTF-8 byte order mark. Blank rows are passed over but still counted, so row numbers
 * match the spreadsheet's.
 */
export async function readScrCsv(csv: string, options: { needsSchoolUrn: boolean }): Promise<ScrSheet> {
  if (Buffer.byteLength(csv, 'utf8') > MAX_IMPORT_BYTES) {
    throw CommonException.invalidInput('csv', `The file is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB: import it in parts`);
  }
  // A client that read a Windows-1252 file as UTF-8 leaves replacement characters where accents were.
  if (csv.includes('\uFFFD')) {
    throw CommonException.invalidInput('csv', 'The file has characters that could not be read: save it from the spreadsheet as “CSV UTF-8” and try again');
  }
  let headers: string[] = [];
  const records = await new Promise<RawScrRow[]>((resolve, reject) =>
    parse(
      csv,
      {
        bom: true,
        columns: (given: string[]) => {
          headers = given;
          // A column without a header (a spreadsheet's stray cells) is left out.
          return given.map((header) => headerKey(header) || false);
        },
        relax_column_count: true,
        skip_empty_lines: false,
        // One more than allowed, to tell a file at the limit from one past it without reading it all.
        to: MAX_IMPORT_ROWS + 1,
      },
      (error, result: RawScrRow[] | undefined) => (error ? reject(error) : resolve(result ?? [])),
    ),
  ).catch((error: unknown) => {
    if (error instanceof CsvError) throw CommonException.invalidInput('csv', `The file is not valid CSV: ${error.message}`);
    throw error;
  });

  const keys = headers.map(headerKey);
  const repeated = keys.find((key, i) => key && KNOWN.has(key) && keys.indexOf(key) !== i);
  if (repeated) throw CommonException.invalidInput('csv', `The column ${KNOWN.get(repeated)} appears twice`);
  const missing = [...REQUIRED_COLUMNS, ...(options.needsSchoolUrn ? ['school_urn'] : [])].filter((c) => !keys.includes(headerKey(c)));
  if (missing.length) {
    throw CommonException.invalidInput(
      'csv',
      `The first row must name the columns; missing: ${missing.join(', ')}${options.needsSchoolUrn && missing.includes('school_urn') ? ' (or choose the school)' : ''}`,
    );
  }
  if (records.length > MAX_IMPORT_ROWS) {
    throw CommonException.invalidInput('csv', `The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en-GB')} rows: import it in parts`);
  }

  return {
    rows: records
      .map((raw, index) => ({ row: index + 1, raw }))
      .filter(({ raw }) => Object.values(raw).some((value) => (value ?? '').trim() !== '')),
    ignoredColumns: headers.filter((header, i) => header.trim() && !KNOWN.has(keys[i])),
  };
}
