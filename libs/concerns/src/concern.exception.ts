import { DomainException, GraphQLErrorCode } from '@safeguard/platform';

export enum ConcernRefusal {
  /** A submitted concern is never edited, only added to. */
  ALREADY_SUBMITTED = 'ALREADY_SUBMITTED',
  /** Something required before submission is missing. */
  INCOMPLETE = 'INCOMPLETE',
  /** The concern is not at the step the action needs. */
  WRONG_STATUS = 'WRONG_STATUS',
  /** A manager may not sign off their own decision. */
  OWN_DECISION = 'OWN_DECISION',
  /** The file is too large, of a type not accepted, or not what its name or type claims. */
  ATTACHMENT_REFUSED = 'ATTACHMENT_REFUSED',
}

const CODES: Record<ConcernRefusal, GraphQLErrorCode> = {
  ALREADY_SUBMITTED: GraphQLErrorCode.CONFLICT,
  INCOMPLETE: GraphQLErrorCode.BAD_USER_INPUT,
  WRONG_STATUS: GraphQLErrorCode.CONFLICT,
  OWN_DECISION: GraphQLErrorCode.FORBIDDEN,
  ATTACHMENT_REFUSED: GraphQLErrorCode.BAD_USER_INPUT,
};

export class ConcernException extends DomainException<ConcernRefusal> {
  constructor(
    reason: ConcernRefusal,
    message: string,
    field?: string,
    /** A more precise HTTP status than the code's on REST routes, e.g. 413 for a file over the limit. */
    readonly httpStatus?: number,
  ) {
    super(reason, CODES[reason], message, field);
  }
}
