import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { canTakePartSql, takePartParams } from '@safeguard/networks';
import { CommonException } from '@safeguard/platform';
import { Actor, Role } from '@safeguard/policy';
import { ChannelVisibility, ConversationKind, ConversationMemberStatus } from '../messaging.enums';
import { MessagingException, MessagingRefusal } from '../messaging.exception';
import { Conversation } from './conversation.entity';

/** What the caller may do in one conversation, worked out in one query. */
export interface ConversationStanding {
  conversation: Conversation;
  /** An active member, still in the network (for a channel), still able to take part. */
  participant: boolean;
  /** Muted until then, if a moderator muted them. */
  mutedUntil: Date | null;
  /** Their read receipt (message sequence), 0 if none. */
  readUpTo: string;
  canRead: boolean;
  canModerate: boolean;
}

interface StandingRow {
  conversation_id: string;
  member_status: string | null;
  muted_until: Date | null;
  read_up_to: string | null;
  network_status: string | null;
  network_role: string | null;
  can_take_part: boolean;
}

/**
 * Who may read, post in and moderate a conversation (participation-sql.ts states the same rule for
 * statements that must apply it inside SQL).
 * - Participants: active members who may still take part (an active account with a headteacher,
 *   DSL, officer or manager role in force) and, in a channel, are still active in its network.
 * - A public channel is readable by every active member of its network (they join to post), and by
 *   the authority's officers, managers and HMI, who oversee what is shared.
 * - Private channels and direct messages are read by their participants only. Moderators act on
 *   what is reported to them, and LA managers export a conversation under an audited request.
 * - Moderators: a channel's network moderators and the authority's LA managers; for direct
 *   messages, the authority's LA managers.
 */
@Injectable()
export class ConversationAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The caller's standing, if they may read or moderate the conversation; otherwise NOT_FOUND. */
  async standing(actor: Actor, conversationId: string, manager?: EntityManager): Promise<ConversationStanding> {
    const standing = (await this.standings(actor, [conversationId], manager)).get(conversationId);
    if (!standing || (!standing.canRead && !standing.canModerate)) throw CommonException.notFound('The conversation');
    return standing;
  }

  /** Standing for reading: NOT_FOUND unless the caller may read it. */
  async readable(actor: Actor, conversationId: string, manager?: EntityManager): Promise<ConversationStanding> {
    const standing = await this.standing(actor, conversationId, manager);
    if (!standing.canRead) throw CommonException.notFound('The conversation');
    return standing;
  }

  /** Standing for posting: a participant who is not muted. */
  async postable(actor: Actor, conversationId: string, manager?: EntityManager): Promise<ConversationStanding> {
    const standing = await this.readable(actor, conversationId, manager);
    assertCanPost(standing);
    return standing;
  }

  /** Standings for many conversations at once (lists, socket rooms); unknown ids are absent. */
  async standings(actor: Actor, conversationIds: readonly string[], manager?: EntityManager): Promise<Map<string, ConversationStanding>> {
    const result = new Map<string, ConversationStanding>();
    if (!conversationIds.length || !actor.userId) return result;
    const conversations = await (manager ?? this.dataSource.manager)
      .createQueryBuilder(Conversation, 'c')
      .where('c.id IN (:...ids)', { ids: [...new Set(conversationIds)] })
      .getMany();
    if (!conversations.length) return result;
    const rows: StandingRow[] = await (manager ?? this.dataSource.manager).query(
      `SELECT c.id AS conversation_id, cm.status::text AS member_status, cm.muted_until, cm.read_up_to,
              nm.status::text AS network_status, nm.role::text AS network_role,
              ${canTakePartSql('$2::uuid', '$3', '$4')} AS can_take_part
         FROM conversations c
         LEFT JOIN conversation_members cm ON cm.conversation_id = c.id AND cm.user_id = $2
         LEFT JOIN network_members nm ON nm.network_id = c.network_id AND nm.user_id = $2
        WHERE c.id = ANY($1::uuid[])`,
      [conversations.map((c) => c.id), actor.userId, ...takePartParams()],
    );
    const byId = new Map(rows.map((r) => [r.conversation_id, r]));
    for (const conversation of conversations) {
      result.set(conversation.id, this.judge(actor, conversation, byId.get(conversation.id)!));
    }
    return result;
  }

  private judge(actor: Actor, conversation: Conversation, row: StandingRow): ConversationStanding {
    const inNetwork = conversation.networkId === null || (row.network_status === 'ACTIVE' && row.can_take_part);
    const participant = row.member_status === ConversationMemberStatus.ACTIVE && row.can_take_part && inNetwork;
    const publicChannel = conversation.kind === ConversationKind.CHANNEL && conversation.visibility === ChannelVisibility.PUBLIC;
    const overseer = actor.localAuthorityIds(Role.LA_OFFICER, Role.LA_MANAGER, Role.HMI).includes(conversation.localAuthorityId);
    const authorityManager = actor.localAuthorityIds(Role.LA_MANAGER).includes(conversation.localAuthorityId);
    const networkModerator =
      conversation.kind === ConversationKind.CHANNEL && inNetwork && row.network_status === 'ACTIVE' && row.network_role === 'MODERATOR';
    return {
      conversation,
      participant,
      mutedUntil: row.muted_until,
      readUpTo: row.read_up_to ?? '0',
      canRead: participant || (publicChannel && (inNetwork || overseer)),
      canModerate: authorityManager || networkModerator,
    };
  }
}

/** Refuses a post by someone who has not joined, or is muted. */
export function assertCanPost(standing: ConversationStanding): void {
  if (!standing.participant) {
    throw new MessagingException(MessagingRefusal.NOT_A_MEMBER, 'Join the conversation before posting in it', 'conversationId');
  }
  if (standing.mutedUntil && standing.mutedUntil > new Date()) {
    throw new MessagingException(
      MessagingRefusal.MUTED,
      `A moderator has muted you in this conversation until ${standing.mutedUntil.toISOString()}`,
      'conversationId',
    );
  }
}

/** Refuses a moderation act by someone who is not a moderator of the conversation. */
export function assertCanModerate(standing: ConversationStanding): void {
  if (!standing.canModerate) {
    throw CommonException.forbidden('Only the network’s moderators, or the authority’s LA managers, can do this');
  }
}
