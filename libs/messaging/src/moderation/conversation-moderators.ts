import { EntityManager } from 'typeorm';
import { londonToday } from '@safeguard/calendar';
import { NetworkMembership } from '@safeguard/networks';
import { membershipInForceSql } from '@safeguard/policy';
import { Conversation } from '../conversations/conversation.entity';
import { ConversationKind } from '../messaging.enums';

/** The authority's LA managers in post today, with active accounts. */
export async function authorityManagerIds(manager: EntityManager, localAuthorityId: string): Promise<string[]> {
  const rows: Array<{ user_id: string }> = await manager.query(
    `SELECT DISTINCT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.role::text = 'LA_MANAGER' AND m.local_authority_id = $1 AND u.status::text = 'ACTIVE'
        AND ${membershipInForceSql('m', '$2::date')}`,
    [localAuthorityId, londonToday()],
  );
  return rows.map((r) => r.user_id);
}

/** Who moderates a conversation (as ConversationAccess judges it): a channel's network moderators, and the authority's LA managers. */
export async function conversationModeratorIds(
  manager: EntityManager, networks: NetworkMembership, conversation: Conversation,
): Promise<string[]> {
  const managers = await authorityManagerIds(manager, conversation.localAuthorityId);
  const moderators = conversation.kind === ConversationKind.CHANNEL && conversation.networkId
    ? await networks.moderatorUserIds(conversation.networkId, manager)
    : [];
  return [...new Set([...moderators, ...managers])];
}
