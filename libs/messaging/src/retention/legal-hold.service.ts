import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { CommonException } from '@safeguard/platform';
import { Actor, Role } from '@safeguard/policy';
import { ConversationAccess } from '../conversations/conversation-access';
import { Conversation } from '../conversations/conversation.entity';
import { MessagingException, MessagingRefusal } from '../messaging.exception';

/**
 * The conversation for an LA manager of its authority to hold or export: NOT_FOUND if they may
 * not even moderate it, FORBIDDEN if they moderate it only as a network moderator.
 */
export async function heldConversation(access: ConversationAccess, actor: Actor, conversationId: string, manager?: EntityManager): Promise<Conversation> {
  const { conversation } = await access.standing(actor, conversationId, manager);
  if (!actor.localAuthorityIds(Role.LA_MANAGER).includes(conversation.localAuthorityId)) {
    throw CommonException.forbidden('Only an LA manager of the conversation’s authority can do this');
  }
  return conversation;
}

/** Legal holds: while one is set, the retention purge leaves the conversation's messages alone. */
@Injectable()
export class LegalHolds {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
    private readonly audit: AuditService,
  ) {}

  async place(actor: Actor, conversationId: string, reason: string): Promise<Conversation> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM conversations WHERE id = $1 FOR UPDATE', [conversationId]);
      const conversation = await heldConversation(this.access, actor, conversationId, manager);
      if (conversation.legalHoldAt) throw new MessagingException(MessagingRefusal.LEGAL_HOLD, 'The conversation is already under a legal hold', 'conversationId');
      Object.assign(conversation, { legalHoldAt: new Date(), legalHoldById: actor.userId, legalHoldReason: reason });
      await manager.update(Conversation, { id: conversation.id }, { legalHoldAt: conversation.legalHoldAt, legalHoldById: actor.userId, legalHoldReason: reason });
      await this.audit.record(manager, actor, {
        action: 'messaging.place_legal_hold', entityType: 'Conversation', entityId: conversation.id, localAuthorityId: conversation.localAuthorityId, details: { reason },
      });
      return conversation;
    });
  }

  async lift(actor: Actor, conversationId: string): Promise<Conversation> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM conversations WHERE id = $1 FOR UPDATE', [conversationId]);
      const conversation = await heldConversation(this.access, actor, conversationId, manager);
      if (!conversation.legalHoldAt) throw new MessagingException(MessagingRefusal.LEGAL_HOLD, 'The conversation is not under a legal hold', 'conversationId');
      const details = { heldSince: conversation.legalHoldAt, reason: conversation.legalHoldReason };
      Object.assign(conversation, { legalHoldAt: null, legalHoldById: null, legalHoldReason: null });
      await manager.update(Conversation, { id: conversation.id }, { legalHoldAt: null, legalHoldById: null, legalHoldReason: null });
      await this.audit.record(manager, actor, {
        action: 'messaging.lift_legal_hold', entityType: 'Conversation', entityId: conversation.id, localAuthorityId: conversation.localAuthorityId, details,
      });
      return conversation;
    });
  }
}
