import { DomainException, GraphQLErrorCode } from '@safeguard/platform';

/** Why a pressure report operation was refused, each mapped to one public code. */
export enum PressureRefusal {
  /** Something the report needs is missing or contradicts itself (e.g. police told without a reference). */
  INCOMPLETE = 'INCOMPLETE',
  /** The report is not at the step the action needs. */
  WRONG_STATUS = 'WRONG_STATUS',
  /** Text meant for other schools names the reporting school or the reporter. */
  IDENTIFIES_SCHOOL = 'IDENTIFIES_SCHOOL',
  /** The report is already linked to another campaign. */
  IN_ANOTHER_CAMPAIGN = 'IN_ANOTHER_CAMPAIGN',
  /** The person is already a named delegate of the school. */
  ALREADY_NAMED = 'ALREADY_NAMED',
  /** The person holds no DSL or governance clerk membership at the school. */
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  /** The file is too large, of a type not accepted, or not what its name or type claims. */
  ATTACHMENT_REFUSED = 'ATTACHMENT_REFUSED',
}

const CODES: Record<PressureRefusal, GraphQLErrorCode> = {
  INCOMPLETE: GraphQLErrorCode.BAD_USER_INPUT,
  WRONG_STATUS: GraphQLErrorCode.CONFLICT,
  IDENTIFIES_SCHOOL: GraphQLErrorCode.BAD_USER_INPUT,
  IN_ANOTHER_CAMPAIGN: GraphQLErrorCode.CONFLICT,
  ALREADY_NAMED: GraphQLErrorCode.CONFLICT,
  NOT_ELIGIBLE: GraphQLErrorCode.BAD_USER_INPUT,
  ATTACHMENT_REFUSED: GraphQLErrorCode.BAD_USER_INPUT,
};

export class PressureException extends DomainException<PressureRefusal> {
  constructor(
    reason: PressureRefusal,
    message: string,
    field?: string,
    /** A more precise HTTP status than the code's on REST routes. */
    readonly httpStatus?: number,
  ) {
    super(reason, CODES[reason], message, field);
  }
}
