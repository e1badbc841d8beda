import { EntityManager } from 'typeorm';
import { ConversationEventType } from '../messaging.enums';
import { MessageView } from '../messages/message-view';

/** An event to append to a conversation's log. */
export interface NewConversationEvent {
  type: ConversationEventType;
  messageId?: string | null;
  actorId: string | null;
  payload?: Record<string, unknown>;
}

/** An event as clients receive it, live or when catching up. */
export interface ConversationEventView {
  conversationId: string;
  sequence: number;
  type: ConversationEventType;
  actorId: string | null;
  occurredAt: Date;
  messageId: string | null;
  /** The message as it is now (member view), for message events. */
  message?: MessageView | null;
  userId?: string | null;
  emoji?: string | null;
  readUpTo?: number | null;
  mutedUntil?: string | null;
}

interface EventRow {
  conversation_id: string;
  sequence: string;
  type: ConversationEventType;
  actor_id: string | null;
  message_id: string | null;
  payload: Record<string, unknown>;
  created_at: Date;
}

export const EVENT_COLUMNS = 'conversation_id, sequence, type, actor_id, message_id, payload, created_at';

/**
 * Appends events to a conversation's log in one statement: the conversation's counter advances
 * by their number under its row lock, so concurrent writers queue and the log has no gaps.
 */
export async function appendEvents(
  manager: EntityManager,
  conversationId: string,
  events: readonly NewConversationEvent[],
): Promise<ConversationEventView[]> {
  if (!events.length) return [];
  const rows: EventRow[] = await manager.query(
    `WITH conv AS (
       UPDATE conversations SET last_event_sequence = last_event_sequence + $2 WHERE id = $1 RETURNING last_event_sequence
     )
     INSERT INTO conversation_events (conversation_id, sequence, type, message_id, actor_id, payload)
     SELECT $1, conv.last_event_sequence - $2 + e.ord, e.type::conversation_event_type, e.message_id, e.actor_id, e.payload
       FROM conv, unnest($3::text[], $4::uuid[], $5::uuid[], $6::jsonb[]) WITH ORDINALITY AS e(type, message_id, actor_id, payload, ord)
     RETURNING ${EVENT_COLUMNS}`,
    [
      conversationId,
      events.length,
      events.map((e) => e.type),
      events.map((e) => e.messageId ?? null),
      events.map((e) => e.actorId),
      events.map((e) => JSON.stringify(e.payload ?? {})),
    ],
  );
  return rows.map(eventView).sort((a, b) => a.sequence - b.sequence);
}

/** The client's view of a stored event (its message, if any, is attached by the caller). */
export function eventView(row: EventRow): ConversationEventView {
  const payload = row.payload ?? {};
  return {
    conversationId: row.conversation_id,
    sequence: Number(row.sequence),
    type: row.type,
    actorId: row.actor_id,
    occurredAt: row.created_at,
    messageId: row.message_id,
    userId: (payload.userId as string | undefined) ?? null,
    emoji: (payload.emoji as string | undefined) ?? null,
    readUpTo: payload.readUpTo === undefined ? null : Number(payload.readUpTo),
    mutedUntil: (payload.mutedUntil as string | undefined) ?? null,
  };
}

export type { EventRow };
