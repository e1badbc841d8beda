import { CommonException, CommonExceptionReason } from './domain.exception';

/**
 * PostgreSQL errors whose cause is the caller's input (SQLSTATE → reason and message). Input
 * validation should catch these first; this is the one place that catches what slips past.
 */
const REFUSALS: Record<string, [CommonExceptionReason, string]> = {
  '22P02': [CommonExceptionReason.INVALID_INPUT, 'An identifier or value is not in the expected format'],
  '22001': [CommonExceptionReason.INVALID_INPUT, 'A value is longer than allowed'],
  '22003': [CommonExceptionReason.INVALID_INPUT, 'A number is out of the allowed range'],
  '22007': [CommonExceptionReason.INVALID_INPUT, 'A date or time is not valid'],
  '22008': [CommonExceptionReason.INVALID_INPUT, 'A date or time is not valid'],
  // NUL bytes, refused in text (22021) and in jsonb (22P05).
  '22021': [CommonExceptionReason.INVALID_INPUT, 'Text contains a character that cannot be stored (such as NUL)'],
  '22P05': [CommonExceptionReason.INVALID_INPUT, 'Text contains a character that cannot be stored (such as NUL)'],
  // A null given for something that must have a value (the input validators let null through as "omitted").
  '23502': [CommonExceptionReason.INVALID_INPUT, 'A required value was missing (null)'],
  '23503': [CommonExceptionReason.INVALID_INPUT, 'A referenced record does not exist'],
  '23505': [CommonExceptionReason.CONFLICT, 'A record with these details already exists'],
  '23514': [CommonExceptionReason.INVALID_INPUT, 'A value is outside what is allowed'],
  // e.g. a value too large for an index entry.
  '54000': [CommonExceptionReason.INVALID_INPUT, 'A value is too large'],
};

/** The client-facing refusal a PostgreSQL error stands for, or undefined when it is our fault. */
export function databaseRefusalOf(error: unknown): CommonException | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const code = (error as { code?: unknown }).code;
  const refusal = typeof code === 'string' ? REFUSALS[code] : undefined;
  // No field: the column that failed is the database's name, not the caller's.
  return refusal ? new CommonException(refusal[0], refusal[1]) : undefined;
}
