import { HttpStatus } from '@nestjs/common';
import { DomainException, GraphQLErrorCode } from '@safeguard/platform';

/** Refusals of the organisations domain. */
export enum OrganisationRefusal {
  /** The uploaded GIAS file is too large, empty, or not a GIAS establishment CSV. */
  GIAS_FILE_REFUSED = 'GIAS_FILE_REFUSED',
}

const CODES: Record<OrganisationRefusal, GraphQLErrorCode> = {
  GIAS_FILE_REFUSED: GraphQLErrorCode.BAD_USER_INPUT,
};

export class OrganisationException extends DomainException<OrganisationRefusal> {
  constructor(
    reason: OrganisationRefusal,
    message: string,
    field?: string,
    /** A more precise HTTP status than the code's on REST routes (413 for a file over the limit). */
    readonly httpStatus?: number,
  ) {
    super(reason, CODES[reason], message, field);
  }

  static giasFileRefused(message: string): OrganisationException {
    return new OrganisationException(OrganisationRefusal.GIAS_FILE_REFUSED, message, 'file');
  }

  static giasFileTooLarge(maxBytes: number): OrganisationException {
    const megabytes = Number((maxBytes / (1024 * 1024)).toFixed(1));
    return new OrganisationException(OrganisationRefusal.GIAS_FILE_REFUSED, `The file is larger than ${megabytes} MB`, 'file', HttpStatus.PAYLOAD_TOO_LARGE);
  }
}
