import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { canTakePartSql, NetworkMembership, takePartParams } from '@safeguard/networks';
import { NotificationsService, PORTAL_LINKS } from '@safeguard/notifications';
import { CommonException, ConnectionShape, decodeCursor, encodeCursor } from '@safeguard/platform';
import { Actor, Role } from '@safeguard/policy';
import { assertCanModerate, ConversationAccess, ConversationStanding } from '../conversations/conversation-access';
import { ConversationsService } from '../conversations/conversations.service';
import { Conversation } from '../conversations/conversation.entity';
import { appendEvents, ConversationEventView, NewConversationEvent } from '../events/conversation-log';
import { ConversationBroadcast } from '../gateway/conversation-broadcast';
import { Message } from '../messages/message.entity';
import { loadMessageViews, MessageView } from '../messages/message-view';
import { ConversationEventType, ConversationMemberStatus } from '../messaging.enums';
import { conversationModeratorIds } from './conversation-moderators';
import { MessageReportStatus } from './message-report.enums';
import {
  ConversationMemberRefInput, HideMessageInput, MessageReportsArgs, MuteConversationMemberInput, ReportMessageInput, ReviewMessageReportInput,
} from './moderation.inputs';

/** A report as moderators see it. */
export interface MessageReportView {
  id: string;
  conversationId: string;
  message: MessageView | null;
  reporter: { id: string; displayName: string };
  reason: string;
  note: string | null;
  status: MessageReportStatus;
  reviewedById: string | null;
  reviewedAt: Date | null;
  reviewNote: string | null;
  createdAt: Date;
}

/** A member's mute as it now stands. */
export interface MemberMute {
  conversationId: string;
  userId: string;
  mutedUntil: Date | null;
}

interface ReportRow {
  id: string;
  conversation_id: string;
  message_id: string;
  reporter_id: string;
  reporter_name: string;
  reason: string;
  note: string | null;
  status: MessageReportStatus;
  reviewed_by_id: string | null;
  reviewed_at: Date | null;
  review_note: string | null;
  created_at: Date;
}

const REPORT_SELECT = `SELECT r.id, r.conversation_id, r.message_id, r.reporter_id, u.display_name AS reporter_name, r.reason::text AS reason, r.note,
       r.status::text AS status, r.reviewed_by_id, r.reviewed_at, r.review_note, r.created_at
  FROM message_reports r JOIN users u ON u.id = r.reporter_id JOIN conversations c ON c.id = r.conversation_id`;

/**
 * Reports, hiding, muting and removing: the conversation's moderators (its network's moderators
 * and the authority's LA managers) act; every act is audited in its transaction, and members
 * learn of what changes what they see through the conversation's log.
 */
@Injectable()
export class Moderation {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
    private readonly networks: NetworkMembership,
    private readonly conversations: ConversationsService,
    private readonly notifications: NotificationsService,
    private readonly broadcast: ConversationBroadcast,
    private readonly audit: AuditService,
  ) {}

  /** Anyone who can read a message reports it; its moderators are notified. One open report per reporter and message. */
  async report(actor: Actor, input: ReportMessageInput): Promise<MessageReportView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const { message, standing } = await this.messageFor(actor, input.messageId, manager);
      if (!standing.canRead) throw CommonException.notFound('The message');
      const [row]: Array<{ id: string }> = await manager.query(
        `INSERT INTO message_reports (message_id, conversation_id, reporter_id, reason, note) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (message_id, reporter_id) WHERE status = 'OPEN' DO NOTHING RETURNING id`,
        [message.id, message.conversationId, actor.userId, input.reason, input.note ?? null],
      );
      if (!row) throw CommonException.conflict('You have already reported this message; a moderator will review it');
      const { conversation } = standing;
      for (const moderator of await conversationModeratorIds(manager, this.networks, conversation)) {
        if (moderator === actor.userId) continue;
        await this.notifications.notify(manager, {
          recipientId: moderator,
          kind: 'messaging.report',
          title: `A message in ${conversation.name ?? 'a direct conversation'} was reported for review`,
          link: PORTAL_LINKS.reportedMessages(),
          email: false,
        });
      }
      await this.record(manager, actor, conversation, 'messaging.report_message', 'MessageReport', row.id, {
        messageId: message.id, conversationId: conversation.id, reason: input.reason,
      });
      return row.id;
    });
    return (await this.reportViews([id]))[0];
  }

  /** Reports in the conversations the caller moderates, newest first. */
  async reports(actor: Actor, args: MessageReportsArgs): Promise<ConnectionShape<MessageReportView>> {
    if (args.conversationId) assertCanModerate(await this.access.standing(actor, args.conversationId));
    const params: unknown[] = [actor.userId, actor.localAuthorityIds(Role.LA_MANAGER), ...takePartParams(), args.status ?? null, args.conversationId ?? null, args.first + 1];
    let after = '';
    if (args.after) {
      const [at, id] = decodeCursor(args.after, 2);
      params.push(at, id);
      after = 'AND (r.created_at, r.id) < ($8::timestamptz, $9::uuid)';
    }
    const rows: ReportRow[] = await this.dataSource.query(
      `${REPORT_SELECT}
        WHERE (c.local_authority_id = ANY($2::uuid[])
               OR (c.kind = 'CHANNEL' AND ${canTakePartSql('$1::uuid', '$3', '$4')} AND EXISTS (SELECT 1 FROM network_members nm
                     WHERE nm.network_id = c.network_id AND nm.user_id = $1 AND nm.status::text = 'ACTIVE' AND nm.role::text = 'MODERATOR')))
          AND ($5::text IS NULL OR r.status::text = $5) AND ($6::uuid IS NULL OR r.conversation_id = $6) ${after}
        ORDER BY r.created_at DESC, r.id DESC LIMIT $7`,
      params,
    );
    const views = await this.toViews(this.dataSource.manager, rows.slice(0, args.first));
    const edges = views.map((node) => ({ node, cursor: encodeCursor([node.createdAt.toISOString(), node.id]) }));
    return { edges, pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** A moderator decides an open report: hiding the message (ACTIONED) or dismissing it. */
  async review(actor: Actor, input: ReviewMessageReportInput): Promise<MessageReportView> {
    await this.run(async (manager) => {
      const [report]: Array<{ id: string; message_id: string; conversation_id: string; status: string }> = await manager.query(
        `SELECT id, message_id, conversation_id, status::text AS status FROM message_reports WHERE id = $1 FOR UPDATE`, [input.reportId],
      );
      if (!report) throw CommonException.notFound('The report');
      const standing = await this.access.standing(actor, report.conversation_id, manager).catch(() => {
        throw CommonException.notFound('The report');
      });
      assertCanModerate(standing);
      if (report.status !== MessageReportStatus.OPEN) throw CommonException.conflict('The report has already been reviewed');
      const status = input.hide ? MessageReportStatus.ACTIONED : MessageReportStatus.DISMISSED;
      await manager.query(
        `UPDATE message_reports SET status = $2::message_report_status, reviewed_by_id = $3, reviewed_at = now(), review_note = $4 WHERE id = $1`,
        [report.id, status, actor.userId, input.note],
      );
      let events: NewConversationEvent[] = [];
      if (input.hide) {
        const message = await manager.findOne(Message, { where: { id: report.message_id }, lock: { mode: 'pessimistic_write' } });
        events = await this.hideLocked(manager, actor, message!, input.note);
      }
      await this.record(manager, actor, standing.conversation, 'messaging.review_report', 'MessageReport', report.id, {
        messageId: report.message_id, outcome: status, note: input.note,
      });
      return { result: null, events: await appendEvents(manager, report.conversation_id, events) };
    });
    return (await this.reportViews([input.reportId]))[0];
  }

  /** A moderator hides a message: its text and files are gone for members, kept for moderators and audit. */
  async hide(actor: Actor, input: HideMessageInput): Promise<MessageView> {
    return this.changeMessage(actor, input.messageId, (manager, message) => this.hideLocked(manager, actor, message, input.reason));
  }

  /** A moderator shows a hidden message again. */
  async restore(actor: Actor, messageId: string): Promise<MessageView> {
    return this.changeMessage(actor, messageId, async (manager, message, standing) => {
      if (!message.hiddenAt) return [];
      await manager.update(Message, { id: message.id }, { hiddenAt: null, hiddenById: null, hiddenReason: null });
      await this.record(manager, actor, standing.conversation, 'messaging.restore_message', 'Message', message.id, {
        conversationId: message.conversationId, sequence: Number(message.sequence),
      });
      return [{ type: ConversationEventType.MESSAGE_RESTORED, messageId: message.id, actorId: actor.userId }];
    });
  }

  /** A message's earlier texts, oldest first: for its moderators only. */
  async edits(actor: Actor, messageId: string): Promise<Array<{ previousBody: string; editedAt: Date }>> {
    const { standing } = await this.messageFor(actor, messageId, this.dataSource.manager);
    assertCanModerate(standing);
    const rows: Array<{ previous_body: string; edited_at: Date }> = await this.dataSource.query(
      `SELECT previous_body, edited_at FROM message_edits WHERE message_id = $1 ORDER BY edited_at, id`, [messageId],
    );
    return rows.map((r) => ({ previousBody: r.previous_body, editedAt: r.edited_at }));
  }

  /** Mutes an active member for some minutes (0 unmutes); the conversation learns of it. */
  async mute(actor: Actor, input: MuteConversationMemberInput): Promise<MemberMute> {
    return this.run(async (manager) => {
      const standing = await this.access.standing(actor, input.conversationId, manager);
      assertCanModerate(standing);
      const [rows]: [Array<{ muted_until: Date | null }>, number] = await manager.query(
        `UPDATE conversation_members SET muted_until = CASE WHEN $3::int = 0 THEN NULL ELSE now() + make_interval(mins => $3::int) END, updated_at = now()
          WHERE conversation_id = $1 AND user_id = $2 AND status = 'ACTIVE' RETURNING muted_until`,
        [input.conversationId, input.userId, input.minutes],
      );
      if (!rows[0]) throw CommonException.notFound('The member (they must be in the conversation)');
      const mutedUntil = rows[0].muted_until;
      await this.record(manager, actor, standing.conversation, input.minutes ? 'messaging.mute_member' : 'messaging.unmute_member', 'Conversation', input.conversationId, {
        userId: input.userId, minutes: input.minutes, mutedUntil,
      });
      const events = await appendEvents(manager, input.conversationId, [{
        type: ConversationEventType.MEMBER_MUTED, actorId: actor.userId,
        payload: { userId: input.userId, mutedUntil: mutedUntil ? new Date(mutedUntil).toISOString() : null },
      }]);
      return { result: { conversationId: input.conversationId, userId: input.userId, mutedUntil }, events };
    });
  }

  /** Removes a member; their sockets leave the conversation's room at once, and only a moderator or member can add them back. */
  async remove(actor: Actor, input: ConversationMemberRefInput): Promise<Conversation> {
    return this.run(async (manager) => {
      const standing = await this.access.standing(actor, input.conversationId, manager);
      assertCanModerate(standing);
      const events = await this.conversations.depart(manager, standing.conversation, [input.userId], ConversationMemberStatus.REMOVED, actor.userId);
      if (!events.length) throw CommonException.notFound('The member (they must be in the conversation)');
      await this.record(manager, actor, standing.conversation, 'messaging.remove_member', 'Conversation', input.conversationId, { userId: input.userId });
      return { result: standing.conversation, events };
    });
  }

  /** Hides a locked message and closes its open reports as ACTIONED; returns the event to log. */
  private async hideLocked(manager: EntityManager, actor: Actor, message: Message, reason: string): Promise<NewConversationEvent[]> {
    if (message.hiddenAt) return [];
    await manager.update(Message, { id: message.id }, { hiddenAt: new Date(), hiddenById: actor.userId, hiddenReason: reason });
    await manager.query(
      `UPDATE message_reports SET status = 'ACTIONED', reviewed_by_id = $2, reviewed_at = now(), review_note = $3 WHERE message_id = $1 AND status = 'OPEN'`,
      [message.id, actor.userId, reason],
    );
    const [conversation] = await manager.query(`SELECT local_authority_id FROM conversations WHERE id = $1`, [message.conversationId]);
    await this.audit.record(manager, actor, {
      action: 'messaging.hide_message', entityType: 'Message', entityId: message.id, localAuthorityId: conversation.local_authority_id,
      details: { conversationId: message.conversationId, sequence: Number(message.sequence), reason },
    });
    return [{ type: ConversationEventType.MESSAGE_HIDDEN, messageId: message.id, actorId: actor.userId }];
  }

  /** Locks a message a moderator acts on, applies `apply`, logs its events and returns the moderator's view. */
  private async changeMessage(
    actor: Actor,
    messageId: string,
    apply: (manager: EntityManager, message: Message, standing: ConversationStanding) => Promise<NewConversationEvent[]>,
  ): Promise<MessageView> {
    return this.run(async (manager) => {
      const { message, standing } = await this.messageFor(actor, messageId, manager, true);
      assertCanModerate(standing);
      const events = await appendEvents(manager, message.conversationId, await apply(manager, message, standing));
      const [view] = await loadMessageViews(manager, [message.id], 'moderator');
      return { result: view, events };
    });
  }

  /** The message and the caller's standing in its conversation; NOT_FOUND for both unknown and unreadable. */
  private async messageFor(actor: Actor, messageId: string, manager: EntityManager, lock = false): Promise<{ message: Message; standing: ConversationStanding }> {
    const message = await manager.findOne(Message, { where: { id: messageId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!message) throw CommonException.notFound('The message');
    const standing = await this.access.standing(actor, message.conversationId, manager).catch(() => {
      throw CommonException.notFound('The message');
    });
    return { message, standing };
  }

  private async reportViews(ids: string[]): Promise<MessageReportView[]> {
    const rows: ReportRow[] = await this.dataSource.query(`${REPORT_SELECT} WHERE r.id = ANY($1::uuid[])`, [ids]);
    return this.toViews(this.dataSource.manager, rows);
  }

  private async toViews(manager: EntityManager, rows: ReportRow[]): Promise<MessageReportView[]> {
    const messages = new Map((await loadMessageViews(manager, rows.map((r) => r.message_id), 'moderator')).map((m) => [m.id, m]));
    return rows.map((r) => ({
      id: r.id,
      conversationId: r.conversation_id,
      message: messages.get(r.message_id) ?? null,
      reporter: { id: r.reporter_id, displayName: r.reporter_name },
      reason: r.reason,
      note: r.note,
      status: r.status,
      reviewedById: r.reviewed_by_id,
      reviewedAt: r.reviewed_at,
      reviewNote: r.review_note,
      createdAt: new Date(r.created_at),
    }));
  }

  private async record(
    manager: EntityManager, actor: Actor, conversation: Conversation, action: string, entityType: string, entityId: string, details: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.record(manager, actor, { action, entityType, entityId, localAuthorityId: conversation.localAuthorityId, details });
  }

  /** Runs a change in a transaction, then tells the conversation's sockets what it logged. */
  private async run<T>(work: (manager: EntityManager) => Promise<{ result: T; events: ConversationEventView[] }>): Promise<T> {
    const { result, events } = await this.dataSource.transaction(work);
    await this.broadcast.deliver(events);
    return result;
  }
}
