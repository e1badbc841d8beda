import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader } from '@safeguard/platform';
import type { GraphQLRequestContext } from '@safeguard/platform';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { ConversationEventsArgs } from '../messages/message.inputs';
import { ConversationEventPageModel } from '../messages/message.models';
import { MessagingReads, ReaderStanding } from '../messages/messaging-reads.service';
import { ConversationAccess, ConversationStanding } from './conversation-access';
import { AddConversationMembersInput, ConversationRefInput, ConversationsArgs, CreateChannelInput, StartDirectConversationInput } from './conversation.inputs';
import { ConversationConnection, ConversationModel, ConversationReaderModel, ConversationStandingModel } from './conversation.models';
import { Conversation } from './conversation.entity';
import { ConversationsService } from './conversations.service';

@Resolver(() => ConversationModel)
export class ConversationsResolver {
  constructor(
    private readonly conversationsService: ConversationsService,
    private readonly reads: MessagingReads,
    private readonly access: ConversationAccess,
  ) {}

  @Query(() => ConversationConnection, {
    description: 'Your conversations, newest activity first; with networkId, that network’s channels you may read, joined or not.',
  })
  @Authorize(Permission.ReadNetworks)
  conversations(@CurrentActor() actor: Actor, @Args() args: ConversationsArgs) {
    return this.reads.conversations(actor, args);
  }

  @Query(() => ConversationModel, { description: 'One conversation, if you may read it; otherwise NOT_FOUND.' })
  @Authorize(Permission.ReadNetworks)
  async conversation(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The conversation.' }) id: string) {
    return (await this.access.readable(actor, id)).conversation;
  }

  @Query(() => ConversationEventPageModel, {
    description: 'The conversation’s log after a sequence, oldest first: everything a client that was away missed, edits and deletions included.',
  })
  @Authorize(Permission.ReadNetworks)
  conversationEvents(@CurrentActor() actor: Actor, @Args() args: ConversationEventsArgs) {
    return this.reads.events(actor, args);
  }

  @Mutation(() => ConversationModel, { description: 'Creates a channel in a network you are an active member of; you join it first.' })
  @Authorize(Permission.TakePartInNetworks)
  createChannel(@CurrentActor() actor: Actor, @Args('input') input: CreateChannelInput) {
    return this.conversationsService.createChannel(actor, input);
  }

  @Mutation(() => ConversationModel, {
    description: 'The direct conversation between you and these people (who share a network or authority with you), created the first time.',
  })
  @Authorize(Permission.TakePartInNetworks)
  startDirectConversation(@CurrentActor() actor: Actor, @Args('input') input: StartDirectConversationInput) {
    return this.conversationsService.startDirect(actor, input);
  }

  @Mutation(() => ConversationModel, { description: 'Joins a public channel of a network you are in.' })
  @Authorize(Permission.TakePartInNetworks)
  joinConversation(@CurrentActor() actor: Actor, @Args('input') input: ConversationRefInput) {
    return this.conversationsService.join(actor, input);
  }

  @Mutation(() => ConversationModel, { description: 'Leaves a conversation; you stop receiving it at once.' })
  @Authorize(Permission.TakePartInNetworks)
  leaveConversation(@CurrentActor() actor: Actor, @Args('input') input: ConversationRefInput) {
    return this.conversationsService.leave(actor, input);
  }

  @Mutation(() => ConversationModel, { description: 'Adds network members to a channel (its members and moderators may).' })
  @Authorize(Permission.TakePartInNetworks)
  addConversationMembers(@CurrentActor() actor: Actor, @Args('input') input: AddConversationMembersInput) {
    return this.conversationsService.addMembers(actor, input);
  }

  @ResolveField('me', () => ConversationStandingModel, { description: 'Your own standing in it.' })
  async me(@Parent() conversation: Conversation, @CurrentActor() actor: Actor, @Context() context: GraphQLRequestContext): Promise<ConversationStandingModel> {
    const standing = await this.standing(actor, context, conversation.id);
    const muted = standing.mutedUntil !== null && standing.mutedUntil > new Date();
    return {
      joined: standing.participant,
      canPost: standing.participant && !muted,
      canModerate: standing.canModerate,
      mutedUntil: muted ? standing.mutedUntil : null,
      readUpTo: Number(standing.readUpTo),
    };
  }

  @ResolveField('lastMessageSequence', () => Int, { description: 'The newest message’s sequence (0 before the first).' })
  lastMessageSequence(@Parent() conversation: Conversation): number {
    return Number(conversation.lastMessageSequence);
  }

  @ResolveField('lastEventSequence', () => Int, { description: 'The newest event’s sequence in its log.' })
  lastEventSequence(@Parent() conversation: Conversation): number {
    return Number(conversation.lastEventSequence);
  }

  @ResolveField('unreadCount', () => Int, { description: 'Messages from others after your read receipt (0 if you have not joined).' })
  unreadCount(@Parent() conversation: Conversation, @CurrentActor() actor: Actor, @Context() context: GraphQLRequestContext): Promise<number> {
    return requestLoader<string, number>(context, 'conversationUnread', (ids) => this.reads.unreadCounts(actor.userId!, ids)).load(conversation.id);
  }

  @ResolveField('readers', () => [ConversationReaderModel], {
    description: 'Its participants and how far each has read (read receipts); empty unless you take part.',
  })
  async readers(@Parent() conversation: Conversation, @CurrentActor() actor: Actor, @Context() context: GraphQLRequestContext): Promise<ReaderStanding[]> {
    if (!(await this.standing(actor, context, conversation.id)).participant) return [];
    return requestLoader<string, ReaderStanding[]>(context, 'conversationReaders', (ids) => this.reads.readers(ids)).load(conversation.id);
  }

  private standing(actor: Actor, context: GraphQLRequestContext, id: string): Promise<ConversationStanding> {
    return requestLoader<string, ConversationStanding>(context, 'conversationStandings', async (ids) => {
      const found = await this.access.standings(actor, ids);
      return ids.map((key) => found.get(key) ?? new Error('The conversation was not found'));
    }).load(id);
  }
}
