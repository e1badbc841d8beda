import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader } from '@safeguard/platform';
import type { GraphQLRequestContext } from '@safeguard/platform';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { ConversationAccess, ConversationStanding } from '../conversations/conversation-access';
import { ConversationModel } from '../conversations/conversation.models';
import { Conversation } from '../conversations/conversation.entity';
import { MessageModel } from '../messages/message.models';
import { ConversationExports } from '../retention/conversation-export.service';
import { ExportFormat } from '../retention/export-format';
import { LegalHolds } from '../retention/legal-hold.service';
import {
  ConversationMemberRefInput, HideMessageInput, MessageReportsArgs, MuteConversationMemberInput, PlaceLegalHoldInput, ReportMessageInput,
  ReviewMessageReportInput,
} from './moderation.inputs';
import { ConversationExportModel, LegalHoldModel, MemberMuteModel, MessageEditModel, MessageReportConnection, MessageReportModel } from './moderation.models';
import { Moderation } from './moderation.service';

/** Reports, moderation acts, legal holds and exports over GraphQL; the rules live in the services. */
@Resolver(() => ConversationModel)
export class ModerationResolver {
  constructor(
    private readonly moderation: Moderation,
    private readonly holds: LegalHolds,
    private readonly exports: ConversationExports,
    private readonly access: ConversationAccess,
  ) {}

  @Mutation(() => MessageReportModel, { description: 'Reports a message you can read to its moderators (one open report per message each).' })
  @Authorize(Permission.ReadNetworks)
  reportMessage(@CurrentActor() actor: Actor, @Args('input') input: ReportMessageInput) {
    return this.moderation.report(actor, input);
  }

  @Query(() => MessageReportConnection, { description: 'Reports of messages in the conversations you moderate, newest first.' })
  @Authorize(Permission.TakePartInNetworks)
  messageReports(@CurrentActor() actor: Actor, @Args() args: MessageReportsArgs) {
    return this.moderation.reports(actor, args);
  }

  @Mutation(() => MessageReportModel, { description: 'Decides an open report: hide the message, or dismiss the report.' })
  @Authorize(Permission.TakePartInNetworks)
  reviewMessageReport(@CurrentActor() actor: Actor, @Args('input') input: ReviewMessageReportInput) {
    return this.moderation.review(actor, input);
  }

  @Mutation(() => MessageModel, { description: 'Hides a message from members (moderators still see it); the conversation learns of it.' })
  @Authorize(Permission.TakePartInNetworks)
  hideMessage(@CurrentActor() actor: Actor, @Args('input') input: HideMessageInput) {
    return this.moderation.hide(actor, input);
  }

  @Mutation(() => MessageModel, { description: 'Shows a hidden message to members again.' })
  @Authorize(Permission.TakePartInNetworks)
  restoreMessage(@CurrentActor() actor: Actor, @Args('messageId', { type: () => ID, description: 'The message.' }) messageId: string) {
    return this.moderation.restore(actor, messageId);
  }

  @Query(() => [MessageEditModel], { description: 'A message’s earlier texts, oldest first (its moderators only).' })
  @Authorize(Permission.TakePartInNetworks)
  messageEdits(@CurrentActor() actor: Actor, @Args('messageId', { type: () => ID, description: 'The message.' }) messageId: string) {
    return this.moderation.edits(actor, messageId);
  }

  @Mutation(() => MemberMuteModel, { description: 'Mutes a member for some minutes, or unmutes them with 0; the conversation learns of it.' })
  @Authorize(Permission.TakePartInNetworks)
  muteConversationMember(@CurrentActor() actor: Actor, @Args('input') input: MuteConversationMemberInput) {
    return this.moderation.mute(actor, input);
  }

  @Mutation(() => ConversationModel, { description: 'Removes a member; they stop receiving the conversation at once.' })
  @Authorize(Permission.TakePartInNetworks)
  removeConversationMember(@CurrentActor() actor: Actor, @Args('input') input: ConversationMemberRefInput) {
    return this.moderation.remove(actor, input);
  }

  @Mutation(() => ConversationModel, { description: 'Places a legal hold: the retention purge leaves the conversation alone until it is lifted.' })
  @Authorize(Permission.HoldAndExportConversations)
  placeLegalHold(@CurrentActor() actor: Actor, @Args('input') input: PlaceLegalHoldInput) {
    return this.holds.place(actor, input.conversationId, input.reason);
  }

  @Mutation(() => ConversationModel, { description: 'Lifts a legal hold; the retention policy applies again.' })
  @Authorize(Permission.HoldAndExportConversations)
  liftLegalHold(@CurrentActor() actor: Actor, @Args('conversationId', { type: () => ID, description: 'The conversation.' }) conversationId: string) {
    return this.holds.lift(actor, conversationId);
  }

  @Mutation(() => ConversationExportModel, {
    description: 'Exports a whole conversation (deleted and hidden messages, edits and reactions included) for a subject access request or an investigation; audited.',
  })
  @Authorize(Permission.HoldAndExportConversations)
  exportConversation(
    @CurrentActor() actor: Actor,
    @Args('conversationId', { type: () => ID, description: 'The conversation.' }) conversationId: string,
    @Args('format', { type: () => ExportFormat, description: 'JSON or CSV.' }) format: ExportFormat,
  ) {
    return this.exports.export(actor, conversationId, format);
  }

  @ResolveField('legalHold', () => LegalHoldModel, { nullable: true, description: 'Its legal hold, if any; shown to its moderators only (null for others).' })
  async legalHold(@Parent() conversation: Conversation, @CurrentActor() actor: Actor, @Context() context: GraphQLRequestContext): Promise<LegalHoldModel | null> {
    if (!conversation.legalHoldAt) return null;
    const standing = await requestLoader<string, ConversationStanding>(context, 'conversationStandings', async (ids) => {
      const found = await this.access.standings(actor, ids);
      return ids.map((key) => found.get(key) ?? new Error('The conversation was not found'));
    }).load(conversation.id);
    if (!standing.canModerate) return null;
    return { placedAt: conversation.legalHoldAt, placedById: conversation.legalHoldById, reason: conversation.legalHoldReason };
  }
}
