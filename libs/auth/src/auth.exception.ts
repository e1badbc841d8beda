import { DomainException, GraphQLErrorCode } from '@safeguard/platform';

export enum AuthExceptionReason {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  ACCOUNT_NOT_ACTIVE = 'ACCOUNT_NOT_ACTIVE',
  TOKEN_INVALID = 'TOKEN_INVALID',
  SESSION_ENDED = 'SESSION_ENDED',
  REFRESH_TOKEN_REUSED = 'REFRESH_TOKEN_REUSED',
  /** The sign-in challenge is unknown, used or expired: start again with the password. */
  CHALLENGE_INVALID = 'CHALLENGE_INVALID',
  /** The authenticator or recovery code is wrong. */
  INVALID_CODE = 'INVALID_CODE',
  /** The authenticator code was right but already used (codes work once). */
  CODE_REPLAYED = 'CODE_REPLAYED',
  NO_POLICY = 'NO_POLICY',
  ROLE_REQUIRED = 'ROLE_REQUIRED',
}

const CODES: Record<AuthExceptionReason, GraphQLErrorCode> = {
  INVALID_CREDENTIALS: GraphQLErrorCode.UNAUTHENTICATED,
  ACCOUNT_LOCKED: GraphQLErrorCode.UNAUTHENTICATED,
  ACCOUNT_NOT_ACTIVE: GraphQLErrorCode.UNAUTHENTICATED,
  TOKEN_INVALID: GraphQLErrorCode.UNAUTHENTICATED,
  SESSION_ENDED: GraphQLErrorCode.UNAUTHENTICATED,
  REFRESH_TOKEN_REUSED: GraphQLErrorCode.UNAUTHENTICATED,
  CHALLENGE_INVALID: GraphQLErrorCode.UNAUTHENTICATED,
  INVALID_CODE: GraphQLErrorCode.UNAUTHENTICATED,
  CODE_REPLAYED: GraphQLErrorCode.UNAUTHENTICATED,
  // An operation without a declared policy is refused: fail closed.
  NO_POLICY: GraphQLErrorCode.FORBIDDEN,
  ROLE_REQUIRED: GraphQLErrorCode.FORBIDDEN,
};

/** Sign-in, tokens and operation-level refusals. */
export class AuthException extends DomainException<AuthExceptionReason> {
  constructor(reason: AuthExceptionReason, message: string) {
    super(reason, CODES[reason], message);
  }
}
