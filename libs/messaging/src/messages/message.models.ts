import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@safeguard/platform';
import { ConversationEventType } from '../messaging.enums';

@ObjectType({ description: 'A person, as messaging shows them.' })
export class MessagingPersonModel {
  @Field(() => ID, { description: 'Their user id.' })
  id: string;

  @Field({ description: 'Their name.' })
  displayName: string;
}

@ObjectType({ description: 'People who reacted with one emoji.' })
export class ReactionSummaryModel {
  @Field({ description: 'The emoji.' })
  emoji: string;

  @Field(() => Int, { description: 'How many people reacted with it.' })
  count: number;

  @Field(() => [ID], { description: 'Who, first to react first.' })
  userIds: string[];
}

@ObjectType({ description: 'A file sent with a message; download it from GET /message-attachments/:id.' })
export class MessageAttachmentModel {
  @Field(() => ID, { description: 'The attachment.' })
  id: string;

  @Field({ description: 'Its file name.' })
  fileName: string;

  @Field({ description: 'Its media type, as checked from its content.' })
  mediaType: string;

  @Field(() => Int, { description: 'Its size in bytes.' })
  byteSize: number;
}

@ObjectType({ description: 'A message. Once deleted or hidden its text and files are gone for members; moderators still see them.' })
export class MessageModel {
  @Field(() => ID, { description: 'The message.' })
  id: string;

  @Field(() => ID, { description: 'Its conversation.' })
  conversationId: string;

  @Field(() => Int, { description: 'Its place in the conversation: 1, 2, 3… with no gaps.' })
  sequence: number;

  @Field(() => MessagingPersonModel, { description: 'Who wrote it.' })
  author: MessagingPersonModel;

  @Field(() => ID, { description: 'The id the sender’s client gave it.' })
  clientId: string;

  @Field(() => String, { nullable: true, description: 'The Markdown text; null for members once deleted or hidden.' })
  body: string | null;

  @Field(() => String, { nullable: true, description: 'The text rendered to safe HTML (no script, checked links only).' })
  bodyHtml: string | null;

  @Field(() => ID, { nullable: true, description: 'The thread’s first message, for a reply.' })
  parentId: string | null;

  @Field(() => Int, { description: 'How many replies its thread has.' })
  replyCount: number;

  @Field(() => [ID], { description: 'People it mentions.' })
  mentionUserIds: string[];

  @Field(() => [ReactionSummaryModel], { description: 'Reactions, by emoji.' })
  reactions: ReactionSummaryModel[];

  @Field(() => [MessageAttachmentModel], { description: 'Files sent with it.' })
  attachments: MessageAttachmentModel[];

  @Field(() => Date, { nullable: true, description: 'When it was last edited.' })
  editedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When its author deleted it.' })
  deletedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When a moderator hid it.' })
  hiddenAt: Date | null;

  @Field({ description: 'When it was sent (committed).' })
  createdAt: Date;
}

@ObjectType({ description: 'A page of messages.' })
export class MessageConnection extends Connection(MessageModel, 'Message') {}

@ObjectType({ description: 'One change in a conversation’s ordered log.' })
export class ConversationEventModel {
  @Field(() => ID, { description: 'The conversation.' })
  conversationId: string;

  @Field(() => Int, { description: 'Its place in the log: 1, 2, 3… with no gaps. Catch up from the last one you saw.' })
  sequence: number;

  @Field(() => ConversationEventType, { description: 'What happened.' })
  type: ConversationEventType;

  @Field(() => ID, { nullable: true, description: 'Who did it (null for the system).' })
  actorId: string | null;

  @Field({ description: 'When it happened.' })
  occurredAt: Date;

  @Field(() => ID, { nullable: true, description: 'The message it concerns, if any.' })
  messageId: string | null;

  @Field(() => MessageModel, { nullable: true, description: 'That message as it is now (null once purged).' })
  message?: MessageModel | null;

  @Field(() => ID, { nullable: true, description: 'The person it concerns (reactions, receipts, membership).' })
  userId?: string | null;

  @Field(() => String, { nullable: true, description: 'The emoji, for reactions.' })
  emoji?: string | null;

  @Field(() => Int, { nullable: true, description: 'The message sequence read up to, for read receipts.' })
  readUpTo?: number | null;

  @Field(() => String, { nullable: true, description: 'Until when a member is muted (ISO time), or null when unmuted.' })
  mutedUntil?: string | null;
}

@ObjectType({ description: 'A page of a conversation’s log, oldest first.' })
export class ConversationEventPageModel {
  @Field(() => [ConversationEventModel], { description: 'The events after the sequence asked for.' })
  events: ConversationEventModel[];

  @Field({ description: 'Whether more events follow: ask again after the last one.' })
  hasMore: boolean;

  @Field(() => Int, { description: 'The newest event sequence in the conversation now.' })
  lastSequence: number;
}

@ObjectType({ description: 'How far someone has read a conversation.' })
export class ReadReceiptModel {
  @Field(() => ID, { description: 'The conversation.' })
  conversationId: string;

  @Field(() => ID, { description: 'The reader.' })
  userId: string;

  @Field(() => Int, { description: 'The sequence of the newest message they have read.' })
  readUpTo: number;
}

@ObjectType({ description: 'What sending did: the stored message, and whether an earlier try had already stored it.' })
export class SendMessagePayload {
  @Field(() => MessageModel, { description: 'The stored message.' })
  message: MessageModel;

  @Field({ description: 'True when this clientId had already been sent: nothing new was stored.' })
  duplicate: boolean;
}
