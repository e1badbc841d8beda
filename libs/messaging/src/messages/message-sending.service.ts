import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { canTakePartSql, takePartParams } from '@safeguard/networks';
import { NotificationsService, PORTAL_LINKS } from '@safeguard/notifications';
import { CommonException } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { assertCanPost, ConversationAccess } from '../conversations/conversation-access';
import { inNetworkSql, readsAsMemberSql } from '../conversations/participation-sql';
import { ConversationEventView } from '../events/conversation-log';
import { ConversationBroadcast } from '../gateway/conversation-broadcast';
import { ConversationEventType } from '../messaging.enums';
import { MessagingException, MessagingRefusal } from '../messaging.exception';
import { checkedBody } from './message-body';
import { SendMessageInput } from './message.inputs';
import { loadMessageViews, MessageView, newMessageView } from './message-view';

/** What a send returns: the stored message, and whether this call stored it or found it from an earlier try. */
export interface SentMessage {
  message: MessageView;
  event: ConversationEventView | null;
  duplicate: boolean;
}

interface SendRow {
  id: string;
  conversation_id: string;
  event_sequence: string | null;
  event_at: Date | null;
  existed: boolean;
  /** The stored message's own columns, for a message this call stored (null when it existed). */
  sequence: string | null;
  created_at: Date | null;
  author_name: string | null;
}

/**
 * Checks, numbers and stores a message in ONE statement: membership, mute, network standing and
 * the thread are checked, the conversation's counters advanced under its row lock, and the
 * message and its MESSAGE_POSTED event inserted, all or nothing. A retried client id finds the
 * stored message instead. The caller hears back only after the commit, and only then are the
 * conversation's sockets told.
 */
const SEND_SQL = `
WITH existing AS (
  SELECT id, conversation_id FROM messages WHERE author_id = $2 AND client_id = $3
), allowed AS (
  SELECT c.id FROM conversations c
    JOIN conversation_members cm ON cm.conversation_id = c.id AND cm.user_id = $2 AND cm.status = 'ACTIVE'
   WHERE c.id = $1 AND NOT EXISTS (SELECT 1 FROM existing)
     AND (cm.muted_until IS NULL OR cm.muted_until <= now())
     AND ${inNetworkSql('c', '$2::uuid')}
     AND ${canTakePartSql('$2::uuid', '$7', '$8')}
     AND ($5::uuid IS NULL OR EXISTS (SELECT 1 FROM messages p WHERE p.id = $5 AND p.conversation_id = c.id
            AND p.parent_id IS NULL AND p.deleted_at IS NULL AND p.hidden_at IS NULL))
), conv AS (
  UPDATE conversations c SET last_message_sequence = c.last_message_sequence + 1,
         last_event_sequence = c.last_event_sequence + 1, last_message_at = now()
    FROM allowed WHERE c.id = allowed.id
  RETURNING c.id, c.last_message_sequence, c.last_event_sequence
), msg AS (
  INSERT INTO messages (conversation_id, sequence, author_id, client_id, body, parent_id, mention_user_ids)
  SELECT conv.id, conv.last_message_sequence, $2, $3, $4, $5, $6::uuid[] FROM conv
  RETURNING id, parent_id, sequence, created_at
), ev AS (
  INSERT INTO conversation_events (conversation_id, sequence, type, message_id, actor_id)
  SELECT conv.id, conv.last_event_sequence, 'MESSAGE_POSTED', msg.id, $2 FROM conv, msg
  RETURNING sequence, created_at
), thread AS (
  UPDATE messages p SET reply_count = p.reply_count + 1 FROM msg WHERE p.id = msg.parent_id RETURNING p.id
)
SELECT msg.id, $1::uuid AS conversation_id, ev.sequence AS event_sequence, ev.created_at AS event_at, false AS existed,
       msg.sequence, msg.created_at, (SELECT display_name FROM users WHERE id = $2) AS author_name FROM msg, ev
UNION ALL
SELECT existing.id, existing.conversation_id, NULL, NULL, true, NULL, NULL, NULL FROM existing`;

@Injectable()
export class MessageSending {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
    private readonly notifications: NotificationsService,
    private readonly broadcast: ConversationBroadcast,
  ) {}

  async send(actor: Actor, input: SendMessageInput): Promise<SentMessage> {
    const body = checkedBody(input.body);
    const mentions = [...new Set(input.mentionUserIds ?? [])].filter((id) => id !== actor.userId);
    const attachments = [...new Set(input.attachmentIds ?? [])];
    const store = (manager: EntityManager) => this.store(manager, actor, input, body, mentions, attachments);
    // Most messages need one statement; mentions and attachments need a transaction around more.
    const sent = mentions.length || attachments.length ? await this.dataSource.transaction(store) : await store(this.dataSource.manager);
    if (sent.event) await this.broadcast.deliver([sent.event]);
    return sent;
  }

  private async store(
    manager: EntityManager, actor: Actor, input: SendMessageInput, body: string, mentions: string[], attachments: string[],
  ): Promise<SentMessage> {
    const row = await this.insert(manager, actor, input, body, mentions);
    if (!row) return this.refuse(actor, input);
    if (row.conversation_id !== input.conversationId) {
      throw new MessagingException(MessagingRefusal.CLIENT_ID_REUSED, 'This client id was already used for a message in another conversation', 'clientId');
    }
    if (!row.existed) {
      await this.linkAttachments(manager, actor, row, attachments);
      await this.notifyMentions(manager, actor, row, mentions);
    }
    // A message stored just now has no reactions, edits or replies yet: its view is built from what
    // the statement returned, saving three queries per send. Attachments (and an earlier try's
    // message) are read back.
    const [message] = !row.existed && !attachments.length
      ? [newMessageView({
          id: row.id, conversation_id: row.conversation_id, sequence: row.sequence!, author_id: actor.userId!, author_name: row.author_name!,
          client_id: input.clientId, body, parent_id: input.parentId ?? null, mention_user_ids: mentions, created_at: row.created_at!,
        })]
      : await loadMessageViews(manager, [row.id], 'member');
    const event: ConversationEventView | null = row.existed
      ? null
      : {
          conversationId: row.conversation_id,
          sequence: Number(row.event_sequence),
          type: ConversationEventType.MESSAGE_POSTED,
          actorId: actor.userId,
          occurredAt: row.event_at!,
          messageId: row.id,
          message,
        };
    return { message, event, duplicate: row.existed };
  }

  private async insert(manager: EntityManager, actor: Actor, input: SendMessageInput, body: string, mentions: string[]): Promise<SendRow | undefined> {
    const params = [input.conversationId, actor.userId, input.clientId, body, input.parentId ?? null, mentions, ...takePartParams()];
    try {
      const rows: SendRow[] = await manager.query(SEND_SQL, params);
      return rows[0];
    } catch (error) {
      // Two tries of one client id at once: the second loses the unique race and finds the first.
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'messages_client_key') {
        const rows: SendRow[] = await this.dataSource.query(
          `SELECT id, conversation_id, NULL AS event_sequence, NULL AS event_at, true AS existed, NULL AS sequence, NULL AS created_at, NULL AS author_name
             FROM messages WHERE author_id = $1 AND client_id = $2`,
          [actor.userId, input.clientId],
        );
        if (rows[0]) return rows[0];
      }
      throw error;
    }
  }

  /** Why the statement stored nothing, as the clearest refusal. */
  private async refuse(actor: Actor, input: SendMessageInput): Promise<never> {
    const standing = await this.access.readable(actor, input.conversationId);
    assertCanPost(standing);
    if (input.parentId) {
      throw CommonException.invalidInput('parentId', 'A reply must answer the first message of a thread in this conversation that is still there');
    }
    throw CommonException.conflict('The message could not be stored; send it again');
  }

  private async linkAttachments(manager: EntityManager, actor: Actor, row: SendRow, attachmentIds: string[]): Promise<void> {
    if (!attachmentIds.length) return;
    const [, linked] = await manager.query(
      `UPDATE message_attachments SET message_id = $1
        WHERE id = ANY($2::uuid[]) AND conversation_id = $3 AND uploaded_by_id = $4 AND message_id IS NULL`,
      [row.id, attachmentIds, row.conversation_id, actor.userId],
    );
    if (linked !== attachmentIds.length) {
      throw CommonException.invalidInput('attachmentIds', 'Attach only files you uploaded to this conversation and have not sent yet');
    }
  }

  /** Mentions must name people who can read the conversation; each is notified in the same transaction. */
  private async notifyMentions(manager: EntityManager, actor: Actor, row: SendRow, mentions: string[]): Promise<void> {
    if (!mentions.length) return;
    const readers: Array<{ user_id: string; conversation_name: string; author_name: string }> = await manager.query(
      `SELECT u.id AS user_id, coalesce(c.name, 'a direct conversation') AS conversation_name, a.display_name AS author_name
         FROM conversations c JOIN users u ON u.id = ANY($2::uuid[]) JOIN users a ON a.id = $3
        WHERE c.id = $1 AND ${readsAsMemberSql('c', 'u.id', '$4', '$5')}`,
      [row.conversation_id, mentions, actor.userId, ...takePartParams()],
    );
    if (readers.length !== mentions.length) {
      throw CommonException.invalidInput('mentionUserIds', 'Mention only people who can read this conversation');
    }
    for (const reader of readers) {
      await this.notifications.notify(manager, {
        recipientId: reader.user_id,
        kind: 'messaging.mention',
        title: `${reader.author_name} mentioned you in ${reader.conversation_name}`,
        link: PORTAL_LINKS.message(row.conversation_id, row.id),
        email: false,
      });
    }
  }
}
