import { HttpException, HttpStatus, Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { databaseFaultOf } from './database-fault';
import { databaseRefusalOf } from './database-refusal';
import { DomainException } from './domain.exception';
import { GraphQLErrorCode } from './graphql-error-code';
import { queryLimitRefusal } from '../graphql/query-limits';

const logger = new Logger('GraphQL');

// Codes graphql-js and Apollo produce themselves for malformed requests; their messages are safe to show.
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

const HTTP_CODES: Partial<Record<number, GraphQLErrorCode>> = {
  [HttpStatus.UNAUTHORIZED]: GraphQLErrorCode.UNAUTHENTICATED,
  [HttpStatus.FORBIDDEN]: GraphQLErrorCode.FORBIDDEN,
  [HttpStatus.BAD_REQUEST]: GraphQLErrorCode.BAD_USER_INPUT,
  [HttpStatus.NOT_FOUND]: GraphQLErrorCode.NOT_FOUND,
  [HttpStatus.CONFLICT]: GraphQLErrorCode.CONFLICT,
  [HttpStatus.TOO_MANY_REQUESTS]: GraphQLErrorCode.TOO_MANY_REQUESTS,
};

function httpMessage(error: HttpException): string {
  const response = error.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : String(message ?? error.message);
}

/**
 * The one place errors become what a client sees: a public code and a clear message,
 * never a stack trace or SQL text.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError {
  const error = unwrapResolverError(raw);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (error instanceof DomainException) {
    return {
      ...base,
      message: error.message,
      extensions: { code: error.code, reason: error.reason, ...(error.field ? { field: error.field } : {}), ...error.extraExtensions() },
    };
  }
  if (error instanceof HttpException) {
    const code = HTTP_CODES[error.getStatus()];
    if (code) return { ...base, message: httpMessage(error), extensions: { code } };
  }
  const fault = databaseFaultOf(error);
  if (fault) {
    // Expected while the database restarts or fails over: one line in the log, no stack.
    logger.warn(`Database unavailable (${fault}): ${error instanceof Error ? error.message : String(error)}`);
    return {
      ...base,
      message: 'The database is unavailable for a moment; please try again shortly',
      extensions: { code: GraphQLErrorCode.SERVICE_UNAVAILABLE, reason: fault },
    };
  }
  // Normally translated already by the refusals filter; this catches errors raised outside it.
  const refusal = databaseRefusalOf(error);
  if (refusal) return { ...base, message: refusal.message, extensions: { code: refusal.code, reason: refusal.reason } };
  const code = formatted.extensions?.code;
  const limit = queryLimitRefusal(formatted.message);
  if (limit && (code === undefined || PASS_THROUGH.has(String(code)))) return { ...base, ...limit };
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    return { ...base, extensions: { code } };
  }
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return { ...base, message: 'Something went wrong on our side; it has been logged', extensions: { code: GraphQLErrorCode.INTERNAL_SERVER_ERROR } };
}
