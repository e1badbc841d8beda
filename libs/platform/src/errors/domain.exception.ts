import { GraphQLErrorCode } from './graphql-error-code';

/**
 * Base of every domain's exception. Each domain declares its own reason enum and maps each
 * reason to one of the public GraphQL codes; the filter turns it into `extensions`.
 */
export abstract class DomainException<TReason extends string = string> extends Error {
  protected constructor(
    readonly reason: TReason,
    readonly code: GraphQLErrorCode,
    message: string,
    /** The input field that was wrong, for BAD_USER_INPUT. */
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** More for `extensions` than code, reason and field (e.g. a retry-after); none by default. */
  extraExtensions(): Record<string, unknown> {
    return {};
  }
}

/** Refusals that belong to no single domain: input shape, missing records, conflicts. */
export enum CommonExceptionReason {
  INVALID_INPUT = 'INVALID_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  CONFLICT = 'CONFLICT',
}

const COMMON_CODES: Record<CommonExceptionReason, GraphQLErrorCode> = {
  INVALID_INPUT: GraphQLErrorCode.BAD_USER_INPUT,
  NOT_FOUND: GraphQLErrorCode.NOT_FOUND,
  FORBIDDEN: GraphQLErrorCode.FORBIDDEN,
  UNAUTHENTICATED: GraphQLErrorCode.UNAUTHENTICATED,
  CONFLICT: GraphQLErrorCode.CONFLICT,
};

export class CommonException extends DomainException<CommonExceptionReason> {
  constructor(reason: CommonExceptionReason, message: string, field?: string) {
    super(reason, COMMON_CODES[reason], message, field);
  }

  static invalidInput(field: string, message: string): CommonException {
    return new CommonException(CommonExceptionReason.INVALID_INPUT, message, field);
  }

  static notFound(what: string): CommonException {
    return new CommonException(CommonExceptionReason.NOT_FOUND, `${what} was not found`);
  }

  static forbidden(message = 'You do not have permission to do this'): CommonException {
    return new CommonException(CommonExceptionReason.FORBIDDEN, message);
  }

  static unauthenticated(message = 'Sign in to continue'): CommonException {
    return new CommonException(CommonExceptionReason.UNAUTHENTICATED, message);
  }

  static conflict(message: string): CommonException {
    return new CommonException(CommonExceptionReason.CONFLICT, message);
  }
}
