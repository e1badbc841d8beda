import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { MessageChanges } from './message-changes.service';
import { EditMessageInput, MarkConversationReadInput, MessageRefInput, MessagesArgs, ReactionInput, SearchMessagesArgs, SendMessageInput } from './message.inputs';
import { MessageConnection, MessageModel, ReadReceiptModel, SendMessagePayload } from './message.models';
import { MessageSending } from './message-sending.service';
import { MessagingReads } from './messaging-reads.service';

/** Messages over GraphQL; the socket events do the same through the same services. */
@Resolver(() => MessageModel)
export class MessagesResolver {
  constructor(
    private readonly sending: MessageSending,
    private readonly changes: MessageChanges,
    private readonly reads: MessagingReads,
  ) {}

  @Query(() => MessageConnection, { description: 'A conversation’s messages, newest first; or a thread’s replies, oldest first.' })
  @Authorize(Permission.ReadNetworks)
  messages(@CurrentActor() actor: Actor, @Args() args: MessagesArgs) {
    return this.reads.history(actor, args);
  }

  @Query(() => MessageConnection, { description: 'Full-text search across the conversations you take part in, newest first.' })
  @Authorize(Permission.TakePartInNetworks)
  searchMessages(@CurrentActor() actor: Actor, @Args() args: SearchMessagesArgs) {
    return this.reads.search(actor, args);
  }

  @Mutation(() => SendMessagePayload, {
    description: 'Sends a message. It is answered only after it is committed; a retry with the same clientId returns the stored message.',
  })
  @Authorize(Permission.TakePartInNetworks)
  sendMessage(@CurrentActor() actor: Actor, @Args('input') input: SendMessageInput) {
    return this.sending.send(actor, input);
  }

  @Mutation(() => MessageModel, { description: 'Edits your own message; the earlier text stays visible to moderators.' })
  @Authorize(Permission.TakePartInNetworks)
  editMessage(@CurrentActor() actor: Actor, @Args('input') input: EditMessageInput) {
    return this.changes.edit(actor, input);
  }

  @Mutation(() => MessageModel, { description: 'Deletes your own message: its text is gone for members, kept for moderators until the retention purge.' })
  @Authorize(Permission.TakePartInNetworks)
  deleteMessage(@CurrentActor() actor: Actor, @Args('input') input: MessageRefInput) {
    return this.changes.delete(actor, input);
  }

  @Mutation(() => MessageModel, { description: 'Reacts to a message with an emoji.' })
  @Authorize(Permission.TakePartInNetworks)
  addReaction(@CurrentActor() actor: Actor, @Args('input') input: ReactionInput) {
    return this.changes.react(actor, input, true);
  }

  @Mutation(() => MessageModel, { description: 'Takes your reaction back.' })
  @Authorize(Permission.TakePartInNetworks)
  removeReaction(@CurrentActor() actor: Actor, @Args('input') input: ReactionInput) {
    return this.changes.react(actor, input, false);
  }

  @Mutation(() => ReadReceiptModel, { description: 'Moves your read receipt forward (never back); the conversation sees it.' })
  @Authorize(Permission.TakePartInNetworks)
  markConversationRead(@CurrentActor() actor: Actor, @Args('input') input: MarkConversationReadInput) {
    return this.changes.markRead(actor, input);
  }
}
