import { DomainException, GraphQLErrorCode } from '@safeguard/platform';

/** Refusals particular to networks; generic ones (not found, forbidden, bad input) are CommonException's. */
export enum NetworkRefusal {
  /** Another network of the authority already has this name, whatever its case. */
  NAME_TAKEN = 'NAME_TAKEN',
  /** The person is already in the network, invited to it, or asking to join it. */
  ALREADY_IN_NETWORK = 'ALREADY_IN_NETWORK',
  /** The person may not take part in networks (no headteacher, DSL, officer or manager role in force). */
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  /** The change would leave the network without a moderator. */
  LAST_MODERATOR = 'LAST_MODERATOR',
  /** A moderator removed them; only an invitation brings them back. */
  REMOVED_FROM_NETWORK = 'REMOVED_FROM_NETWORK',
}

const CODES: Record<NetworkRefusal, GraphQLErrorCode> = {
  NAME_TAKEN: GraphQLErrorCode.CONFLICT,
  ALREADY_IN_NETWORK: GraphQLErrorCode.CONFLICT,
  NOT_ELIGIBLE: GraphQLErrorCode.BAD_USER_INPUT,
  LAST_MODERATOR: GraphQLErrorCode.CONFLICT,
  REMOVED_FROM_NETWORK: GraphQLErrorCode.FORBIDDEN,
};

export class NetworkException extends DomainException<NetworkRefusal> {
  constructor(reason: NetworkRefusal, message: string, field?: string) {
    super(reason, CODES[reason], message, field);
  }
}
