import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NetworkMemberStatus, NetworkMembershipChange, NetworkMembershipChanges } from '@safeguard/networks';
import { publishOnCommit } from '@safeguard/realtime';
import { CONVERSATION_EVENT, conversationRoom } from '../gateway/conversation-broadcast';
import { ConversationMemberStatus } from '../messaging.enums';
import { AccessChanges } from './access-changes';
import { Conversation } from './conversation.entity';
import { ConversationsService } from './conversations.service';

/**
 * Someone who leaves or is removed from a network leaves its channels in the same transaction:
 * the log records it, and their sockets leave the rooms as soon as it commits.
 */
@Injectable()
export class NetworkDepartures implements OnModuleInit {
  constructor(
    private readonly changes: NetworkMembershipChanges,
    private readonly conversations: ConversationsService,
    private readonly accessChanges: AccessChanges,
  ) {}

  onModuleInit(): void {
    this.changes.subscribe((manager, change) => this.apply(manager, change));
  }

  private async apply(manager: EntityManager, change: NetworkMembershipChange): Promise<void> {
    if (change.status === NetworkMemberStatus.ACTIVE) return;
    // Readers of public channels hold no member row: their rooms are re-checked all the same.
    await this.accessChanges.publish(manager, [change.userId]);
    const channels = await manager
      .createQueryBuilder(Conversation, 'c')
      .innerJoin('conversation_members', 'cm', 'cm.conversation_id = c.id AND cm.user_id = :userId AND cm.status = :active', {
        userId: change.userId, active: ConversationMemberStatus.ACTIVE,
      })
      .where('c.network_id = :networkId', { networkId: change.networkId })
      .getMany();
    const status = change.status === NetworkMemberStatus.LEFT ? ConversationMemberStatus.LEFT : ConversationMemberStatus.REMOVED;
    for (const channel of channels) {
      const events = await this.conversations.depart(manager, channel, [change.userId], status, null);
      for (const event of events) {
        await publishOnCommit(manager, { room: conversationRoom(channel.id), event: CONVERSATION_EVENT, payload: { ...event, message: null } });
      }
    }
  }
}
