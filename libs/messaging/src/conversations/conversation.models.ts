import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@safeguard/platform';
import { ChannelVisibility, ConversationKind } from '../messaging.enums';

@ObjectType({ description: 'A channel in a network, or a direct conversation.' })
export class ConversationModel {
  @Field(() => ID, { description: 'The conversation.' })
  id: string;

  @Field(() => ConversationKind, { description: 'Channel or direct.' })
  kind: ConversationKind;

  @Field(() => ID, { nullable: true, description: 'The network a channel belongs to.' })
  networkId: string | null;

  @Field(() => ID, { description: 'The authority whose managers moderate it and whose retention policy keeps it.' })
  localAuthorityId: string;

  @Field(() => String, { nullable: true, description: 'A channel’s name.' })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'What a channel is for.' })
  topic: string | null;

  @Field(() => ChannelVisibility, { nullable: true, description: 'Who may find and join a channel.' })
  visibility: ChannelVisibility | null;

  @Field(() => Date, { nullable: true, description: 'When the newest message was sent.' })
  lastMessageAt: Date | null;

  @Field({ description: 'When it was created.' })
  createdAt: Date;
}

@ObjectType({ description: 'Your own standing in a conversation.' })
export class ConversationStandingModel {
  @Field({ description: 'Whether you have joined it (and may still take part).' })
  joined: boolean;

  @Field({ description: 'Whether you may post now (joined and not muted).' })
  canPost: boolean;

  @Field({ description: 'Whether you may moderate it (hide messages, mute and remove people, review reports).' })
  canModerate: boolean;

  @Field(() => Date, { nullable: true, description: 'Until when a moderator muted you, if they did.' })
  mutedUntil: Date | null;

  @Field(() => Int, { description: 'The sequence of the newest message you have read.' })
  readUpTo: number;
}

@ObjectType({ description: 'A participant and how far they have read (read receipts).' })
export class ConversationReaderModel {
  @Field(() => ID, { description: 'Their user id.' })
  userId: string;

  @Field({ description: 'Their name.' })
  displayName: string;

  @Field(() => Int, { description: 'The sequence of the newest message they have read.' })
  readUpTo: number;
}

@ObjectType({ description: 'A page of conversations.' })
export class ConversationConnection extends Connection(ConversationModel, 'Conversation') {}
