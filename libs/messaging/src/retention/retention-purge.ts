import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { AttachmentStore } from '@safeguard/concerns';
import { DEFAULT_RETENTION_MONTHS } from '@safeguard/networks';
import { Actor } from '@safeguard/policy';
import { MESSAGING_RULES } from '../messaging-rules';

/** What one purge did. */
export interface PurgeSummary {
  conversations: number;
  messages: number;
  events: number;
  files: number;
}

const logger = new Logger('MessagingRetention');

/**
 * Deletes what each conversation's retention policy no longer allows: messages (with their edits,
 * reactions, reports and attachments) and log events older than the network's retention_months
 * (DEFAULT_RETENTION_MONTHS for direct conversations), before `now`. Conversations under a legal
 * hold are skipped, and a hold placed mid-purge stops it at the next batch (the hold is re-read
 * under the conversation's row lock). Works in batches of MESSAGING_RULES.purgeBatch rows per
 * transaction so it never holds long locks; attachment files go after their rows commit. One
 * summary audit event per conversation purged, in the transaction of its last batch.
 */
export async function purgeExpiredMessages(
  dataSource: DataSource, store: AttachmentStore, audit: AuditService, now: Date = new Date(),
): Promise<PurgeSummary> {
  // Per conversation, EXISTS walks its messages and events in sequence order (their keys), so the oldest are checked first.
  const candidates: Array<{ id: string; cutoff: Date }> = await dataSource.query(
    `SELECT x.id, x.cutoff FROM (
       SELECT c.id, $1::timestamptz - make_interval(months => CASE WHEN c.kind::text = 'CHANNEL' THEN coalesce(n.retention_months, $2) ELSE $2 END) AS cutoff
         FROM conversations c LEFT JOIN networks n ON n.id = c.network_id
        WHERE c.legal_hold_at IS NULL) x
      WHERE EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = x.id AND m.created_at < x.cutoff)
         OR EXISTS (SELECT 1 FROM conversation_events e WHERE e.conversation_id = x.id AND e.created_at < x.cutoff)`,
    [now, DEFAULT_RETENTION_MONTHS],
  );
  const summary: PurgeSummary = { conversations: 0, messages: 0, events: 0, files: 0 };
  for (const { id, cutoff } of candidates) {
    const done = await purgeConversation(dataSource, store, audit, id, cutoff, now);
    if (!done.messages && !done.events) continue;
    summary.conversations++;
    summary.messages += done.messages;
    summary.events += done.events;
    summary.files += done.files;
  }
  return summary;
}

async function purgeConversation(
  dataSource: DataSource, store: AttachmentStore, audit: AuditService, conversationId: string, cutoff: Date, now: Date,
): Promise<Omit<PurgeSummary, 'conversations'>> {
  const total = { messages: 0, events: 0, files: 0 };
  const batch = MESSAGING_RULES.purgeBatch;
  for (;;) {
    const step = await dataSource.transaction(async (manager) => {
      const [conversation]: Array<{ held: boolean; local_authority_id: string }> = await manager.query(
        'SELECT legal_hold_at IS NOT NULL AS held, local_authority_id FROM conversations WHERE id = $1 FOR UPDATE', [conversationId],
      );
      if (!conversation || conversation.held) return null;
      const files: Array<{ storage_key: string }> = await manager.query(
        `SELECT a.storage_key FROM message_attachments a WHERE a.message_id IN (
           SELECT id FROM messages WHERE conversation_id = $1 AND created_at < $2 ORDER BY sequence LIMIT $3)`,
        [conversationId, cutoff, batch],
      );
      const [, messages]: [unknown, number] = await manager.query(
        `DELETE FROM messages WHERE id IN (SELECT id FROM messages WHERE conversation_id = $1 AND created_at < $2 ORDER BY sequence LIMIT $3)`,
        [conversationId, cutoff, batch],
      );
      const [, events]: [unknown, number] = await manager.query(
        `DELETE FROM conversation_events WHERE conversation_id = $1 AND sequence IN (
           SELECT sequence FROM conversation_events WHERE conversation_id = $1 AND created_at < $2 ORDER BY sequence LIMIT $3)`,
        [conversationId, cutoff, batch],
      );
      const last = messages < batch && events < batch;
      if (last && (total.messages + messages || total.events + events)) {
        await audit.record(manager, Actor.system(`messaging-retention:${conversationId}:${now.toISOString()}`), {
          action: 'messaging.retention_purge', entityType: 'Conversation', entityId: conversationId, localAuthorityId: conversation.local_authority_id,
          details: { before: cutoff, messages: total.messages + messages, events: total.events + events, files: total.files + files.length },
        });
      }
      return { messages, events, keys: files.map((f) => f.storage_key), last };
    });
    if (!step) return total;
    for (const key of step.keys) {
      // The rows are gone; a file left behind by a failed removal is unreachable, so log and go on.
      await store.remove(key).catch((error: unknown) => logger.error(`Could not remove ${key}: ${String(error)}`));
    }
    total.messages += step.messages;
    total.events += step.events;
    total.files += step.keys.length;
    if (step.last) return total;
  }
}
