import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { CommonException } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { assertCanPost, ConversationAccess, ConversationStanding } from '../conversations/conversation-access';
import { appendEvents, ConversationEventView } from '../events/conversation-log';
import { ConversationBroadcast } from '../gateway/conversation-broadcast';
import { ConversationEventType } from '../messaging.enums';
import { MessagingException, MessagingRefusal } from '../messaging.exception';
import { checkedBody, checkedEmoji } from './message-body';
import { EditMessageInput, MarkConversationReadInput, MessageRefInput, ReactionInput } from './message.inputs';
import { Message } from './message.entity';
import { loadMessageViews, MessageView } from './message-view';

/** A read receipt as it now stands. */
export interface ReadReceipt {
  conversationId: string;
  userId: string;
  readUpTo: number;
}

/**
 * Edits, deletions, reactions and read receipts. Each runs in a transaction that writes the
 * change and its event in the conversation's log; sockets hear of it after the commit.
 */
@Injectable()
export class MessageChanges {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
    private readonly broadcast: ConversationBroadcast,
    private readonly audit: AuditService,
  ) {}

  /** The author edits their message; the earlier text goes to its history, seen by moderators. */
  async edit(actor: Actor, input: EditMessageInput): Promise<MessageView> {
    const body = checkedBody(input.body);
    return this.change(actor, input.messageId, async (manager, message, standing) => {
      this.assertAuthor(actor, message);
      assertCanPost(standing);
      this.assertPresent(message);
      if (message.body === body) return [];
      const editedAt = new Date();
      await manager.query(`INSERT INTO message_edits (message_id, previous_body, edited_at) VALUES ($1, $2, $3)`, [message.id, message.body, editedAt]);
      await manager.update(Message, { id: message.id }, { body, editedAt });
      return [{ type: ConversationEventType.MESSAGE_EDITED, messageId: message.id, actorId: actor.userId }];
    });
  }

  /** The author deletes their message: gone for members, kept for moderators and audit until the retention purge. */
  async delete(actor: Actor, input: MessageRefInput): Promise<MessageView> {
    return this.change(actor, input.messageId, async (manager, message, standing) => {
      this.assertAuthor(actor, message);
      if (message.deletedAt) return [];
      await manager.update(Message, { id: message.id }, { deletedAt: new Date() });
      await this.audit.record(manager, actor, {
        action: 'messaging.delete_message',
        entityType: 'Message',
        entityId: message.id,
        localAuthorityId: standing.conversation.localAuthorityId,
        details: { conversationId: message.conversationId, sequence: Number(message.sequence) },
      });
      return [{ type: ConversationEventType.MESSAGE_DELETED, messageId: message.id, actorId: actor.userId }];
    });
  }

  async react(actor: Actor, input: ReactionInput, add: boolean): Promise<MessageView> {
    const emoji = checkedEmoji(input.emoji);
    return this.change(actor, input.messageId, async (manager, message, standing) => {
      assertCanPost(standing);
      this.assertPresent(message);
      const changed = add
        ? (await manager.query(
            `INSERT INTO message_reactions (message_id, user_id, emoji) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
            [message.id, actor.userId, emoji],
          )).length
        : (await manager.query(`DELETE FROM message_reactions WHERE message_id = $1 AND user_id = $2 AND emoji = $3`, [
            message.id, actor.userId, emoji,
          ]))[1];
      if (!changed) return [];
      const type = add ? ConversationEventType.REACTION_ADDED : ConversationEventType.REACTION_REMOVED;
      return [{ type, messageId: message.id, actorId: actor.userId, payload: { userId: actor.userId, emoji } }];
    });
  }

  /** Moves the caller's read receipt forward (never back) and tells the conversation. */
  async markRead(actor: Actor, input: MarkConversationReadInput): Promise<ReadReceipt> {
    const { receipt, events } = await this.dataSource.transaction(async (manager) => {
      const standing = await this.access.readable(actor, input.conversationId, manager);
      if (!standing.participant) {
        throw new MessagingException(MessagingRefusal.NOT_A_MEMBER, 'Join the conversation to keep a read receipt', 'conversationId');
      }
      const [rows]: [Array<{ read_up_to: string }>, number] = await manager.query(
        `UPDATE conversation_members cm SET read_up_to = least($3::bigint, c.last_message_sequence), updated_at = now()
           FROM conversations c
          WHERE c.id = cm.conversation_id AND cm.conversation_id = $1 AND cm.user_id = $2
            AND least($3::bigint, c.last_message_sequence) > cm.read_up_to
          RETURNING cm.read_up_to`,
        [input.conversationId, actor.userId, input.upToSequence],
      );
      const readUpTo = rows[0] ? Number(rows[0].read_up_to) : Number(standing.readUpTo);
      const appended = rows[0]
        ? await appendEvents(manager, input.conversationId, [
            { type: ConversationEventType.READ_UP_TO, actorId: actor.userId, payload: { userId: actor.userId, readUpTo } },
          ])
        : [];
      return { receipt: { conversationId: input.conversationId, userId: actor.userId!, readUpTo }, events: appended };
    });
    await this.broadcast.deliver(events);
    return receipt;
  }

  /** Locks the message, checks the caller can read its conversation, applies `apply`, logs and broadcasts its events. */
  private async change(
    actor: Actor,
    messageId: string,
    apply: (manager: EntityManager, message: Message, standing: ConversationStanding) => Promise<Parameters<typeof appendEvents>[2]>,
  ): Promise<MessageView> {
    const { view, events } = await this.dataSource.transaction(async (manager) => {
      const message = await manager.findOne(Message, { where: { id: messageId }, lock: { mode: 'pessimistic_write' } });
      if (!message) throw CommonException.notFound('The message');
      const standing = await this.access.standing(actor, message.conversationId, manager).catch(() => {
        throw CommonException.notFound('The message');
      });
      if (!standing.canRead) throw CommonException.notFound('The message');
      const appended: ConversationEventView[] = await appendEvents(manager, message.conversationId, await apply(manager, message, standing));
      const [view] = await loadMessageViews(manager, [message.id], 'member');
      return { view, events: appended.map((e) => ({ ...e, message: view })) };
    });
    await this.broadcast.deliver(events);
    return view;
  }

  private assertAuthor(actor: Actor, message: Message): void {
    if (message.authorId !== actor.userId) throw new MessagingException(MessagingRefusal.NOT_AUTHOR, 'Only its author can change a message', 'messageId');
  }

  private assertPresent(message: Message): void {
    if (message.deletedAt || message.hiddenAt) {
      throw new MessagingException(MessagingRefusal.MESSAGE_GONE, 'The message was deleted or hidden', 'messageId');
    }
  }
}
