import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ConnectionArgs } from '@safeguard/platform';
import { MESSAGING_RULES } from '../messaging-rules';

@InputType({ description: 'A message to send. Sending again with the same clientId returns the stored message, never a second one.' })
export class SendMessageInput {
  @Field(() => ID, { description: 'The conversation.' })
  @IsUUID()
  conversationId: string;

  @Field(() => ID, { description: 'A UUID your client chose for this message; reuse it when retrying the same message.' })
  @IsUUID()
  clientId: string;

  @Field({ description: `The text, in the Markdown subset (bold, italic, code, lists, quotes, links); at most ${MESSAGING_RULES.maxBodyChars} characters.` })
  @IsString() @MinLength(1) @MaxLength(MESSAGING_RULES.maxBodyChars)
  body: string;

  @Field(() => ID, { nullable: true, description: 'The first message of the thread this replies in.' })
  @IsOptional() @IsUUID()
  parentId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'People mentioned; each must be able to read the conversation and is notified.' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsUUID('all', { each: true })
  mentionUserIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Files you uploaded to this conversation (POST /conversations/:id/attachments) to send with it.' })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @IsUUID('all', { each: true })
  attachmentIds?: string[] | null;
}

@InputType({ description: 'New text for your own message; the earlier text is kept for moderators.' })
export class EditMessageInput {
  @Field(() => ID, { description: 'The message.' })
  @IsUUID()
  messageId: string;

  @Field({ description: 'The new text.' })
  @IsString() @MinLength(1) @MaxLength(MESSAGING_RULES.maxBodyChars)
  body: string;
}

@InputType({ description: 'A message to act on.' })
export class MessageRefInput {
  @Field(() => ID, { description: 'The message.' })
  @IsUUID()
  messageId: string;
}

@InputType({ description: 'A reaction to add or take back.' })
export class ReactionInput extends MessageRefInput {
  @Field({ description: 'One emoji, e.g. "👍".' })
  @IsString() @MinLength(1) @MaxLength(MESSAGING_RULES.maxEmojiChars)
  emoji: string;
}

@InputType({ description: 'How far you have read a conversation (your read receipt).' })
export class MarkConversationReadInput {
  @Field(() => ID, { description: 'The conversation.' })
  @IsUUID()
  conversationId: string;

  @Field(() => Int, { description: 'The sequence of the newest message you have read; a receipt never moves back.' })
  @IsInt() @Min(0)
  upToSequence: number;
}

@ArgsType()
export class MessagesArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The conversation.' })
  @IsUUID()
  conversationId: string;

  @Field(() => ID, { nullable: true, description: 'A thread’s first message: list its replies (oldest first) instead of the conversation.' })
  @IsOptional() @IsUUID()
  threadId?: string | null;
}

@ArgsType()
export class ConversationEventsArgs {
  @Field(() => ID, { description: 'The conversation.' })
  @IsUUID()
  conversationId: string;

  @Field(() => Int, { defaultValue: 0, description: 'The last event sequence you saw (0 for the whole log).' })
  @IsInt() @Min(0)
  afterSequence: number = 0;

  @Field(() => Int, { defaultValue: 100, description: `How many events to return (1 to ${MESSAGING_RULES.maxCatchUpPage}).` })
  @IsInt() @Min(1) @Max(MESSAGING_RULES.maxCatchUpPage)
  first: number = 100;
}

@ArgsType()
export class SearchMessagesArgs extends ConnectionArgs {
  @Field({ description: 'Words to find (web-search syntax: "exact phrase", -exclude, or).' })
  @IsString() @MinLength(2) @MaxLength(200)
  query: string;

  @Field(() => ID, { nullable: true, description: 'Only this conversation.' })
  @IsOptional() @IsUUID()
  conversationId?: string | null;
}
