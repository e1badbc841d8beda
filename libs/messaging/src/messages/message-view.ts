import { EntityManager } from 'typeorm';
import { renderSafeMarkdown } from '@safeguard/platform';

/** A message as one reader sees it: the same shape goes out over GraphQL and sockets. */
export interface MessageView {
  id: string;
  conversationId: string;
  sequence: number;
  author: { id: string; displayName: string };
  clientId: string;
  /** Null for members once deleted or hidden; moderators still see it. */
  body: string | null;
  bodyHtml: string | null;
  parentId: string | null;
  replyCount: number;
  mentionUserIds: string[];
  reactions: Array<{ emoji: string; count: number; userIds: string[] }>;
  attachments: Array<{ id: string; fileName: string; mediaType: string; byteSize: number }>;
  editedAt: Date | null;
  deletedAt: Date | null;
  hiddenAt: Date | null;
  createdAt: Date;
}

interface MessageRow {
  id: string;
  conversation_id: string;
  sequence: string;
  author_id: string;
  author_name: string;
  client_id: string;
  body: string;
  parent_id: string | null;
  reply_count: number;
  mention_user_ids: string[];
  edited_at: Date | null;
  deleted_at: Date | null;
  hidden_at: Date | null;
  created_at: Date;
}

/** Whether the reader sees the words of deleted and hidden messages (moderators, exports). */
export type ViewerKind = 'member' | 'moderator';

/**
 * Loads messages as views in three queries whatever their number: the rows with their authors,
 * the reactions, and the attachments. Returned in the order of `ids`; unknown ids are skipped.
 */
export async function loadMessageViews(manager: EntityManager, ids: readonly string[], viewer: ViewerKind): Promise<MessageView[]> {
  if (!ids.length) return [];
  const unique = [...new Set(ids)];
  const [rows, reactions, attachments] = await Promise.all([
    manager.query(
      `SELECT m.id, m.conversation_id, m.sequence, m.author_id, u.display_name AS author_name, m.client_id, m.body, m.parent_id,
              m.reply_count, m.mention_user_ids, m.edited_at, m.deleted_at, m.hidden_at, m.created_at
         FROM messages m JOIN users u ON u.id = m.author_id WHERE m.id = ANY($1::uuid[])`,
      [unique],
    ) as Promise<MessageRow[]>,
    manager.query(
      `SELECT message_id, emoji, count(*)::int AS count, array_agg(user_id ORDER BY created_at) AS user_ids, min(created_at) AS first
         FROM message_reactions WHERE message_id = ANY($1::uuid[]) GROUP BY message_id, emoji ORDER BY first, emoji`,
      [unique],
    ) as Promise<Array<{ message_id: string; emoji: string; count: number; user_ids: string[] }>>,
    manager.query(
      `SELECT id, message_id, file_name, media_type, byte_size FROM message_attachments
        WHERE message_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [unique],
    ) as Promise<Array<{ id: string; message_id: string; file_name: string; media_type: string; byte_size: number }>>,
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [messageView(row, reactions.filter((r) => r.message_id === id), attachments.filter((a) => a.message_id === id), viewer)];
  });
}

/** The columns of a message stored a moment ago, before anyone could react, reply, edit or hide it. */
export type NewMessageRow = Omit<MessageRow, 'reply_count' | 'edited_at' | 'deleted_at' | 'hidden_at'>;

/** A just-stored message's view, as `loadMessageViews` would read it back, without the queries. */
export function newMessageView(row: NewMessageRow): MessageView {
  return messageView({ ...row, reply_count: 0, edited_at: null, deleted_at: null, hidden_at: null }, [], [], 'member');
}

function messageView(
  row: MessageRow,
  reactions: Array<{ emoji: string; count: number; user_ids: string[] }>,
  attachments: Array<{ id: string; file_name: string; media_type: string; byte_size: number }>,
  viewer: ViewerKind,
): MessageView {
  const gone = row.deleted_at !== null || row.hidden_at !== null;
  const body = gone && viewer === 'member' ? null : row.body;
  return {
    id: row.id,
    conversationId: row.conversation_id,
    sequence: Number(row.sequence),
    author: { id: row.author_id, displayName: row.author_name },
    clientId: row.client_id,
    body,
    bodyHtml: body === null ? null : renderSafeMarkdown(body),
    parentId: row.parent_id,
    replyCount: row.reply_count,
    mentionUserIds: row.mention_user_ids,
    reactions: gone ? [] : reactions.map((r) => ({ emoji: r.emoji, count: r.count, userIds: r.user_ids })),
    attachments: gone && viewer === 'member'
      ? []
      : attachments.map((a) => ({ id: a.id, fileName: a.file_name, mediaType: a.media_type, byteSize: a.byte_size })),
    editedAt: row.edited_at,
    deletedAt: row.deleted_at,
    hiddenAt: row.hidden_at,
    createdAt: row.created_at,
  };
}
