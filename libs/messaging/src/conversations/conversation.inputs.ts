import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ConnectionArgs } from '@safeguard/platform';
import { ChannelVisibility } from '../messaging.enums';
import { MESSAGING_RULES } from '../messaging-rules';

const tidy = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value);

@InputType({ description: 'A new channel in a network you are an active member of. You join it first.' })
export class CreateChannelInput {
  @Field(() => ID, { description: 'The network.' })
  @IsUUID()
  networkId: string;

  @Field({ description: 'Its name, unique in the network whatever the case, e.g. "prevent-practice".' })
  @Transform(tidy) @IsString() @MinLength(2) @MaxLength(80)
  name: string;

  @Field(() => String, { nullable: true, description: 'What it is for.' })
  @IsOptional() @Transform(tidy) @IsString() @MaxLength(300)
  topic?: string | null;

  @Field(() => ChannelVisibility, { description: 'PUBLIC: every member of the network may read and join. PRIVATE: only its named members.' })
  @IsEnum(ChannelVisibility)
  visibility: ChannelVisibility;

  @Field(() => [ID], { nullable: true, description: 'Network members to add at once (for a private channel, its members).' })
  @IsOptional() @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true })
  memberUserIds?: string[] | null;
}

@InputType({ description: 'The people to talk to directly; they must share a network or a local authority with you.' })
export class StartDirectConversationInput {
  @Field(() => [ID], { description: `The other people (1 to ${MESSAGING_RULES.maxDirectParticipants - 1}). The same people always get the same conversation.` })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MESSAGING_RULES.maxDirectParticipants - 1) @IsUUID('all', { each: true })
  userIds: string[];
}

@InputType({ description: 'A conversation you act on.' })
export class ConversationRefInput {
  @Field(() => ID, { description: 'The conversation.' })
  @IsUUID()
  conversationId: string;
}

@InputType({ description: 'People to add to a channel (members of its network).' })
export class AddConversationMembersInput extends ConversationRefInput {
  @Field(() => [ID], { description: 'The people to add.' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @IsUUID('all', { each: true })
  userIds: string[];
}

@ArgsType()
export class ConversationsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only this network’s channels, including public ones you have not joined.' })
  @IsOptional() @IsUUID()
  networkId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only conversations with messages you have not read.' })
  @IsOptional() @IsBoolean()
  unreadOnly?: boolean | null;
}
