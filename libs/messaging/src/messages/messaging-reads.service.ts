import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { takePartParams } from '@safeguard/networks';
import { ConnectionShape, decodeCursor, encodeCursor } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { ConversationAccess } from '../conversations/conversation-access';
import { inNetworkSql, takesPartSql } from '../conversations/participation-sql';
import { ConversationsArgs } from '../conversations/conversation.inputs';
import { Conversation } from '../conversations/conversation.entity';
import { ConversationEventView, EVENT_COLUMNS, eventView, EventRow } from '../events/conversation-log';
import { ConversationEventsArgs, MessagesArgs, SearchMessagesArgs } from './message.inputs';
import { loadMessageViews, MessageView } from './message-view';

/** A page of the conversation's log. */
export interface EventPage {
  events: ConversationEventView[];
  hasMore: boolean;
  /** The newest event sequence in the conversation now. */
  lastSequence: number;
}

/** Where the caller stands with a conversation, in readers' words. */
export interface ReaderStanding {
  userId: string;
  displayName: string;
  readUpTo: number;
}

/** Reading conversations: lists, history, the log for catching up, read receipts and search. */
@Injectable()
export class MessagingReads {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
  ) {}

  /** The caller's conversations, newest activity first; with `networkId`, that network's channels they may read. */
  async conversations(actor: Actor, args: ConversationsArgs): Promise<ConnectionShape<Conversation>> {
    const params: unknown[] = [actor.userId, ...takePartParams(), args.networkId ?? null, args.first + 1];
    let after = '';
    if (args.after) {
      const [at, id] = decodeCursor(args.after, 2);
      params.push(at, id);
      after = `AND (coalesce(c.last_message_at, c.created_at), c.id) < ($6::timestamptz, $7::uuid)`;
    }
    const rows: Array<{ id: string; at: Date }> = await this.dataSource.query(
      `SELECT c.id, coalesce(c.last_message_at, c.created_at) AS at FROM conversations c
        WHERE ($4::uuid IS NULL OR c.network_id = $4)
          AND (${takesPartSql('c', '$1::uuid', '$2', '$3')}
               OR ($4::uuid IS NOT NULL AND c.visibility = 'PUBLIC'
                   AND ${inNetworkSql('c', '$1::uuid')}))
          ${args.unreadOnly ? `AND c.last_message_sequence > coalesce((SELECT cm.read_up_to FROM conversation_members cm WHERE cm.conversation_id = c.id AND cm.user_id = $1), 0)` : ''}
          ${after}
        ORDER BY at DESC, c.id DESC LIMIT $5`,
      params,
    );
    const page = rows.slice(0, args.first);
    const loaded = new Map((await this.dataSource.manager.findBy(Conversation, { id: In(page.map((r) => r.id)) })).map((c) => [c.id, c]));
    const edges = page.map((r) => ({ node: loaded.get(r.id)!, cursor: encodeCursor([new Date(r.at).toISOString(), r.id]) }));
    return { edges, pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** History newest first (top-level messages), or a thread's replies oldest first. */
  async history(actor: Actor, args: MessagesArgs): Promise<ConnectionShape<MessageView>> {
    const standing = await this.access.readable(actor, args.conversationId);
    const thread = args.threadId ?? null;
    const [cursor] = args.after ? decodeCursor(args.after, 1) : [null];
    const rows: Array<{ id: string; sequence: string }> = await this.dataSource.query(
      thread
        ? `SELECT id, sequence FROM messages WHERE conversation_id = $1 AND parent_id = $2
             AND ($3::bigint IS NULL OR sequence > $3) ORDER BY sequence ASC LIMIT $4`
        : `SELECT id, sequence FROM messages WHERE conversation_id = $1 AND parent_id IS NULL AND $2::uuid IS NULL
             AND ($3::bigint IS NULL OR sequence < $3) ORDER BY sequence DESC LIMIT $4`,
      [args.conversationId, thread, cursor, args.first + 1],
    );
    const page = rows.slice(0, args.first);
    const views = await loadMessageViews(this.dataSource.manager, page.map((r) => r.id), standing.canModerate ? 'moderator' : 'member');
    const edges = views.map((node) => ({ node, cursor: encodeCursor([node.sequence]) }));
    return { edges, pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** The log after `afterSequence`, oldest first: what a client that was away missed, edits and deletions included. */
  async events(actor: Actor, args: ConversationEventsArgs): Promise<EventPage> {
    const { conversation } = await this.access.readable(actor, args.conversationId);
    return this.eventsAfter(conversation.id, args.afterSequence, args.first);
  }

  /** The log after a sequence, for a reader already checked (GraphQL or a socket joining the room). */
  async eventsAfter(conversationId: string, afterSequence: number, first: number): Promise<EventPage> {
    const rows: Array<EventRow & { last: string }> = await this.dataSource.query(
      `SELECT ${EVENT_COLUMNS.split(', ').map((c) => `e.${c}`).join(', ')}, c.last_event_sequence AS last
         FROM conversations c LEFT JOIN conversation_events e ON e.conversation_id = c.id AND e.sequence > $2
        WHERE c.id = $1 ORDER BY e.sequence LIMIT $3`,
      [conversationId, afterSequence, first + 1],
    );
    const present = rows.filter((r) => r.sequence !== null);
    const events = present.slice(0, first).map(eventView);
    const messages = await loadMessageViews(this.dataSource.manager, events.flatMap((e) => (e.messageId ? [e.messageId] : [])), 'member');
    const byId = new Map(messages.map((m) => [m.id, m]));
    return {
      events: events.map((e) => ({ ...e, message: e.messageId ? (byId.get(e.messageId) ?? null) : null })),
      hasMore: present.length > first,
      lastSequence: Number(rows[0]?.last ?? 0),
    };
  }

  /** Full-text search over the conversations the caller takes part in; deleted and hidden messages never match. */
  async search(actor: Actor, args: SearchMessagesArgs): Promise<ConnectionShape<MessageView>> {
    const [at, id] = args.after ? decodeCursor(args.after, 2) : [null, null];
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT m.id FROM messages m JOIN conversations c ON c.id = m.conversation_id
        WHERE to_tsvector('english'::regconfig, m.body) @@ websearch_to_tsquery('english', $4)
          AND m.deleted_at IS NULL AND m.hidden_at IS NULL
          AND ($5::uuid IS NULL OR c.id = $5) AND ${takesPartSql('c', '$1::uuid', '$2', '$3')}
          AND ($6::timestamptz IS NULL OR (m.created_at, m.id) < ($6::timestamptz, $7::uuid))
        ORDER BY m.created_at DESC, m.id DESC LIMIT $8`,
      [actor.userId, ...takePartParams(), args.query, args.conversationId ?? null, at, id, args.first + 1],
    );
    const page = rows.slice(0, args.first);
    const views = await loadMessageViews(this.dataSource.manager, page.map((r) => r.id), 'member');
    const edges = views.map((node) => ({ node, cursor: encodeCursor([node.createdAt.toISOString(), node.id]) }));
    return { edges, pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** Unread messages per conversation for one reader (others' messages after their receipt, still shown). */
  async unreadCounts(userId: string, conversationIds: readonly string[]): Promise<number[]> {
    const rows: Array<{ conversation_id: string; unread: number }> = await this.dataSource.query(
      `SELECT cm.conversation_id, (SELECT count(*)::int FROM messages m WHERE m.conversation_id = cm.conversation_id
                AND m.sequence > cm.read_up_to AND m.author_id <> cm.user_id AND m.deleted_at IS NULL AND m.hidden_at IS NULL) AS unread
         FROM conversation_members cm WHERE cm.user_id = $1 AND cm.conversation_id = ANY($2::uuid[])`,
      [userId, [...conversationIds]],
    );
    const byId = new Map(rows.map((r) => [r.conversation_id, r.unread]));
    return conversationIds.map((id) => byId.get(id) ?? 0);
  }

  /** Who takes part in each conversation and how far each has read (read receipts). */
  async readers(conversationIds: readonly string[]): Promise<ReaderStanding[][]> {
    const rows: Array<{ conversation_id: string; user_id: string; display_name: string; read_up_to: string }> = await this.dataSource.query(
      `SELECT cm.conversation_id, cm.user_id, u.display_name, cm.read_up_to FROM conversation_members cm JOIN users u ON u.id = cm.user_id
        WHERE cm.conversation_id = ANY($1::uuid[]) AND cm.status = 'ACTIVE' ORDER BY u.display_name, cm.user_id`,
      [[...conversationIds]],
    );
    return conversationIds.map((id) =>
      rows.filter((r) => r.conversation_id === id).map((r) => ({ userId: r.user_id, displayName: r.display_name, readUpTo: Number(r.read_up_to) })),
    );
  }
}
