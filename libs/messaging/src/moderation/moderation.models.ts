import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@safeguard/platform';
import { MessageModel, MessagingPersonModel } from '../messages/message.models';
import { MessageReportReason, MessageReportStatus } from './message-report.enums';

@ObjectType({ description: 'A member’s report of a message, as its moderators see it.' })
export class MessageReportModel {
  @Field(() => ID, { description: 'The report.' })
  id: string;

  @Field(() => ID, { description: 'The conversation.' })
  conversationId: string;

  @Field(() => MessageModel, { nullable: true, description: 'The message as moderators see it (text kept even if deleted or hidden); null once purged.' })
  message: MessageModel | null;

  @Field(() => MessagingPersonModel, { description: 'Who reported it.' })
  reporter: MessagingPersonModel;

  @Field(() => MessageReportReason, { description: 'Why.' })
  reason: MessageReportReason;

  @Field(() => String, { nullable: true, description: 'The reporter’s note.' })
  note: string | null;

  @Field(() => MessageReportStatus, { description: 'Where it stands.' })
  status: MessageReportStatus;

  @Field(() => ID, { nullable: true, description: 'The moderator who decided.' })
  reviewedById: string | null;

  @Field(() => Date, { nullable: true, description: 'When they decided.' })
  reviewedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The moderator’s note.' })
  reviewNote: string | null;

  @Field({ description: 'When it was reported.' })
  createdAt: Date;
}

@ObjectType({ description: 'A page of message reports, newest first.' })
export class MessageReportConnection extends Connection(MessageReportModel, 'MessageReport') {}

@ObjectType({ description: 'The text a message had before one of its edits.' })
export class MessageEditModel {
  @Field({ description: 'The text before the edit.' })
  previousBody: string;

  @Field({ description: 'When the edit replaced it.' })
  editedAt: Date;
}

@ObjectType({ description: 'A legal hold on a conversation: the retention purge leaves it alone while it is set.' })
export class LegalHoldModel {
  @Field({ description: 'When it was placed.' })
  placedAt: Date;

  @Field(() => ID, { nullable: true, description: 'The LA manager who placed it.' })
  placedById: string | null;

  @Field(() => String, { nullable: true, description: 'Why.' })
  reason: string | null;
}

@ObjectType({ description: 'A member’s mute in a conversation as it now stands.' })
export class MemberMuteModel {
  @Field(() => ID, { description: 'The conversation.' })
  conversationId: string;

  @Field(() => ID, { description: 'The member.' })
  userId: string;

  @Field(() => Date, { nullable: true, description: 'Until when they are muted; null when not muted.' })
  mutedUntil: Date | null;
}

@ObjectType({ description: 'A conversation exported for a subject access request or an investigation.' })
export class ConversationExportModel {
  @Field({ description: 'A file name to save it under.' })
  fileName: string;

  @Field({ description: 'Its media type (application/json or text/csv).' })
  contentType: string;

  @Field({ description: 'The export itself.' })
  content: string;
}
