import { DomainException, GraphQLErrorCode } from '@safeguard/platform';

/** Refusals particular to messaging; generic ones (not found, bad input) are CommonException's. */
export enum MessagingRefusal {
  /** The caller may read the conversation but has not joined it (or was removed). */
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  /** A moderator muted the caller in this conversation. */
  MUTED = 'MUTED',
  /** Only a message's author may edit or delete it. */
  NOT_AUTHOR = 'NOT_AUTHOR',
  /** The message was deleted or hidden; it cannot be edited, reacted to or replied to. */
  MESSAGE_GONE = 'MESSAGE_GONE',
  /** The client id was already used for a message in another conversation. */
  CLIENT_ID_REUSED = 'CLIENT_ID_REUSED',
  /** The people named share no network or authority with the caller, or cannot take part. */
  NOT_REACHABLE = 'NOT_REACHABLE',
  /** A channel of that name already exists in the network. */
  NAME_TAKEN = 'NAME_TAKEN',
  /** The conversation is under a legal hold (or not), so the change makes no sense. */
  LEGAL_HOLD = 'LEGAL_HOLD',
  /** Too many socket events in too short a time. */
  RATE_LIMITED = 'RATE_LIMITED',
}

const CODES: Record<MessagingRefusal, GraphQLErrorCode> = {
  NOT_A_MEMBER: GraphQLErrorCode.FORBIDDEN,
  MUTED: GraphQLErrorCode.FORBIDDEN,
  NOT_AUTHOR: GraphQLErrorCode.FORBIDDEN,
  MESSAGE_GONE: GraphQLErrorCode.CONFLICT,
  CLIENT_ID_REUSED: GraphQLErrorCode.CONFLICT,
  NOT_REACHABLE: GraphQLErrorCode.BAD_USER_INPUT,
  NAME_TAKEN: GraphQLErrorCode.CONFLICT,
  LEGAL_HOLD: GraphQLErrorCode.CONFLICT,
  RATE_LIMITED: GraphQLErrorCode.BAD_USER_INPUT,
};

export class MessagingException extends DomainException<MessagingRefusal> {
  constructor(reason: MessagingRefusal, message: string, field?: string) {
    super(reason, CODES[reason], message, field);
  }
}
