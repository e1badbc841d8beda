import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ConnectionArgs } from '@safeguard/platform';
import { MESSAGING_RULES } from '../messaging-rules';
import { MessageReportReason, MessageReportStatus } from './message-report.enums';

/** Longest free text a reporter or moderator writes with a decision. */
export const MODERATION_NOTE_CHARS = 1000;

@InputType({ description: 'A report of a message to the conversation’s moderators.' })
export class ReportMessageInput {
  @Field(() => ID, { description: 'The message.' })
  @IsUUID()
  messageId: string;

  @Field(() => MessageReportReason, { description: 'Why you report it.' })
  @IsEnum(MessageReportReason)
  reason: MessageReportReason;

  @Field(() => String, { nullable: true, description: `What the moderators should know (at most ${MODERATION_NOTE_CHARS} characters).` })
  @IsOptional() @IsString() @MaxLength(MODERATION_NOTE_CHARS)
  note?: string | null;
}

@ArgsType()
export class MessageReportsArgs extends ConnectionArgs {
  @Field(() => MessageReportStatus, { nullable: true, description: 'Only reports in this state (all states if omitted).' })
  @IsOptional() @IsEnum(MessageReportStatus)
  status?: MessageReportStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only reports of messages in this conversation.' })
  @IsOptional() @IsUUID()
  conversationId?: string | null;
}

@InputType({ description: 'A moderator’s decision on an open report.' })
export class ReviewMessageReportInput {
  @Field(() => ID, { description: 'The report.' })
  @IsUUID()
  reportId: string;

  @Field({ description: 'True hides the message (the report is ACTIONED); false dismisses the report.' })
  @IsBoolean()
  hide: boolean;

  @Field({ description: `Why (at most ${MODERATION_NOTE_CHARS} characters); kept with the report and in the audit trail.` })
  @IsString() @MinLength(1) @MaxLength(MODERATION_NOTE_CHARS)
  note: string;
}

@InputType({ description: 'A message a moderator hides.' })
export class HideMessageInput {
  @Field(() => ID, { description: 'The message.' })
  @IsUUID()
  messageId: string;

  @Field({ description: `Why it is hidden (at most ${MODERATION_NOTE_CHARS} characters); moderators and the audit trail see it.` })
  @IsString() @MinLength(1) @MaxLength(MODERATION_NOTE_CHARS)
  reason: string;
}

@InputType({ description: 'A person in a conversation, for a moderator to act on.' })
export class ConversationMemberRefInput {
  @Field(() => ID, { description: 'The conversation.' })
  @IsUUID()
  conversationId: string;

  @Field(() => ID, { description: 'The person.' })
  @IsUUID()
  userId: string;
}

@InputType({ description: 'Mutes a member for some minutes, or unmutes them with 0.' })
export class MuteConversationMemberInput extends ConversationMemberRefInput {
  @Field(() => Int, { description: `Minutes (1 to ${MESSAGING_RULES.maxMuteMinutes}), or 0 to unmute.` })
  @IsInt() @Min(0) @Max(MESSAGING_RULES.maxMuteMinutes)
  minutes: number;
}

@InputType({ description: 'A legal hold an LA manager places on a conversation: the retention purge leaves it alone.' })
export class PlaceLegalHoldInput {
  @Field(() => ID, { description: 'The conversation.' })
  @IsUUID()
  conversationId: string;

  @Field({ description: `Why (e.g. the investigation or request it serves; at most ${MODERATION_NOTE_CHARS} characters).` })
  @IsString() @MinLength(1) @MaxLength(MODERATION_NOTE_CHARS)
  reason: string;
}
