import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { MESSAGING_RULES } from '../messaging-rules';

/** `conversation.join`: enter a conversation's room and catch up from the last event seen. */
export class JoinConversationPayload {
  @IsUUID()
  conversationId: string;

  @IsOptional() @IsInt() @Min(0)
  afterSequence?: number;

  @IsOptional() @IsInt() @Min(1) @Max(MESSAGING_RULES.maxCatchUpPage)
  first?: number;
}

/** `conversation.leave`, `typing`, `presence.list`: one conversation's room. */
export class ConversationRoomPayload {
  @IsUUID()
  conversationId: string;
}

/** `presence.set`: the status shown to the people you share conversations with. */
export class PresencePayload {
  @IsIn(['online', 'away'])
  status: 'online' | 'away';
}
