import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { toCsv } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { ConversationAccess } from '../conversations/conversation-access';
import { loadMessageViews, MessageView } from '../messages/message-view';
import { ExportFormat } from './export-format';
import { heldConversation } from './legal-hold.service';

/** An export, ready to save. */
export interface ConversationExport {
  fileName: string;
  contentType: string;
  content: string;
}

type ExportedMessage = MessageView & { edits: Array<{ previousBody: string; editedAt: Date }>; hiddenReason: string | null };

/**
 * A whole conversation for a subject access request or an investigation: every message as
 * moderators see it (deleted and hidden ones included), its edit history and reactions. Only an
 * LA manager of its authority may export it, and each export is audited with what it held.
 */
@Injectable()
export class ConversationExports {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
    private readonly audit: AuditService,
  ) {}

  async export(actor: Actor, conversationId: string, format: ExportFormat): Promise<ConversationExport> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const conversation = await heldConversation(this.access, actor, conversationId, manager);
      const ids: Array<{ id: string; hidden_reason: string | null }> = await manager.query(
        'SELECT id, hidden_reason FROM messages WHERE conversation_id = $1 ORDER BY sequence', [conversation.id],
      );
      const edits: Array<{ message_id: string; previous_body: string; edited_at: Date }> = await manager.query(
        `SELECT e.message_id, e.previous_body, e.edited_at FROM message_edits e JOIN messages m ON m.id = e.message_id
          WHERE m.conversation_id = $1 ORDER BY e.edited_at, e.id`, [conversation.id],
      );
      const reasons = new Map(ids.map((r) => [r.id, r.hidden_reason]));
      // Reactions are kept on gone messages too: the member view drops them, so read them here.
      const reactions: Array<{ message_id: string; emoji: string; user_id: string; created_at: Date }> = await manager.query(
        `SELECT r.message_id, r.emoji, r.user_id, r.created_at FROM message_reactions r JOIN messages m ON m.id = r.message_id
          WHERE m.conversation_id = $1 ORDER BY r.created_at`, [conversation.id],
      );
      const messages: ExportedMessage[] = (await loadMessageViews(manager, ids.map((r) => r.id), 'moderator')).map((m) => ({
        ...m,
        reactions: groupReactions(reactions.filter((r) => r.message_id === m.id)),
        edits: edits.filter((e) => e.message_id === m.id).map((e) => ({ previousBody: e.previous_body, editedAt: e.edited_at })),
        hiddenReason: reasons.get(m.id) ?? null,
      }));
      const stamp = new Date().toISOString().slice(0, 10);
      const base = `conversation-${conversation.id}-${stamp}`;
      const result: ConversationExport = format === ExportFormat.CSV
        ? { fileName: `${base}.csv`, contentType: 'text/csv; charset=utf-8', content: asCsv(messages) }
        : {
            fileName: `${base}.json`,
            contentType: 'application/json',
            content: JSON.stringify({
              conversation: {
                id: conversation.id, kind: conversation.kind, name: conversation.name, networkId: conversation.networkId,
                localAuthorityId: conversation.localAuthorityId, createdAt: conversation.createdAt, legalHoldAt: conversation.legalHoldAt,
              },
              exportedAt: new Date(),
              exportedById: actor.userId,
              messages,
            }, null, 2),
          };
      await this.audit.record(manager, actor, {
        action: 'messaging.export_conversation', entityType: 'Conversation', entityId: conversation.id, localAuthorityId: conversation.localAuthorityId,
        details: { format, messages: messages.length, edits: edits.length, reactions: reactions.length },
      });
      return result;
    });
  }
}

function groupReactions(rows: Array<{ emoji: string; user_id: string }>): MessageView['reactions'] {
  const byEmoji = new Map<string, string[]>();
  for (const r of rows) byEmoji.set(r.emoji, [...(byEmoji.get(r.emoji) ?? []), r.user_id]);
  return [...byEmoji].map(([emoji, userIds]) => ({ emoji, count: userIds.length, userIds }));
}

/** One line per message version: the current text, then each earlier text from its edit history. */
function asCsv(messages: ExportedMessage[]): string {
  const header = ['sequence', 'message_id', 'parent_id', 'author_id', 'author_name', 'created_at', 'version', 'edited_at', 'body',
    'deleted_at', 'hidden_at', 'hidden_reason', 'reactions', 'attachments'];
  const lines: unknown[][] = [header];
  for (const m of messages) {
    const reactions = m.reactions.map((r) => `${r.emoji}×${r.count}`).join(' ');
    const files = m.attachments.map((a) => a.fileName).join(' ');
    lines.push([m.sequence, m.id, m.parentId, m.author.id, m.author.displayName, iso(m.createdAt), 'current', iso(m.editedAt), m.body,
      iso(m.deletedAt), iso(m.hiddenAt), m.hiddenReason, reactions, files]);
    m.edits.forEach((e, i) => lines.push([m.sequence, m.id, m.parentId, m.author.id, m.author.displayName, iso(m.createdAt), `earlier ${i + 1}`,
      iso(e.editedAt), e.previousBody, '', '', '', '', '']));
  }
  return toCsv(lines);
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
