import { CommonException } from '../errors/domain.exception';

/** Opaque keyset cursors: the sort key values of the last row seen, never an offset. */
export function encodeCursor(values: ReadonlyArray<string | number | null>): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, expectedLength: number): Array<string | number | null> {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === expectedLength &&
      values.every((v) => v === null || typeof v === 'string' || typeof v === 'number')
    ) {
      return values as Array<string | number | null>;
    }
  } catch {
    // fall through to the refusal below
  }
  throw CommonException.invalidInput('after', 'The cursor is not valid for this list');
}
