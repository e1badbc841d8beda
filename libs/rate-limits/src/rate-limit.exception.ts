import { DomainException, GraphQLErrorCode } from '@safeguard/platform';

export enum RateLimitReason {
  /** Too many sign-in attempts (login, code entry) for this account or from this address. */
  SIGN_IN_RATE_LIMITED = 'SIGN_IN_RATE_LIMITED',
  /** Too many changes in a short time from this account or address. */
  MUTATION_RATE_LIMITED = 'MUTATION_RATE_LIMITED',
}

/** TOO_MANY_REQUESTS, with the seconds to wait in `extensions.retryAfterSeconds` (429 with Retry-After over REST). */
export class RateLimitException extends DomainException<RateLimitReason> {
  readonly httpStatus = 429;

  constructor(reason: RateLimitReason, readonly retryAfterSeconds: number) {
    super(
      reason,
      GraphQLErrorCode.TOO_MANY_REQUESTS,
      reason === RateLimitReason.SIGN_IN_RATE_LIMITED
        ? `Too many sign-in attempts; try again in ${retryAfterSeconds} seconds`
        : `Too many changes in a short time; try again in ${retryAfterSeconds} seconds`,
    );
  }

  override extraExtensions(): Record<string, unknown> {
    return { retryAfterSeconds: this.retryAfterSeconds };
  }
}
