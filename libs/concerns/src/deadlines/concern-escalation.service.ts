import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { forEachClaimedBatch } from '@safeguard/jobs';
import { NotificationsService, PORTAL_LINKS } from '@safeguard/notifications';
import { Actor } from '@safeguard/policy';
import { AuthorityTeam } from '@safeguard/register';
import { ConcernDeadlineKind } from '../concern.enums';
import { concernReference } from '../filing/concern-reference';

const BATCH = 100;

interface MissedRow {
  id: string;
  concern_id: string;
  local_authority_id: string;
  kind: ConcernDeadlineKind;
  due_at: Date;
  seq: string;
}

/**
 * Escalates missed front-door deadlines to the authority's managers, exactly once: each batch
 * is claimed with SKIP LOCKED and stamped in the transaction that writes the notifications, so
 * concurrent or restarted workers neither skip nor repeat one.
 */
@Injectable()
export class ConcernEscalationService {
  private readonly logger = new Logger(ConcernEscalationService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly team: AuthorityTeam,
    private readonly audit: AuditService,
  ) {}

  /** Returns how many deadlines were escalated. */
  async sweep(now = new Date()): Promise<number> {
    const escalated = await forEachClaimedBatch(
      this.dataSource,
      BATCH,
      (manager, limit) => this.claim(manager, now, limit),
      (manager, rows) => this.escalate(manager, rows, now),
    );
    if (escalated) this.logger.log(`Escalated ${escalated} missed front-door deadlines to managers`);
    return escalated;
  }

  private claim(manager: EntityManager, now: Date, limit: number): Promise<MissedRow[]> {
    return manager.query(
      `SELECT d.id, d.concern_id, d.local_authority_id, d.kind, d.due_at, c.seq
         FROM concern_deadlines d JOIN concerns c ON c.id = d.concern_id
        WHERE d.met_at IS NULL AND d.cancelled_at IS NULL AND d.escalated_at IS NULL AND d.due_at < $1
        ORDER BY d.due_at, d.id
        LIMIT ${limit}
        FOR UPDATE OF d SKIP LOCKED`,
      [now],
    );
  }

  private async escalate(manager: EntityManager, rows: MissedRow[], now: Date): Promise<void> {
    const managersOf = new Map<string, Promise<string[]>>();
    for (const row of rows) {
      if (!managersOf.has(row.local_authority_id)) managersOf.set(row.local_authority_id, this.team.managers(manager, row.local_authority_id));
      const managers = await managersOf.get(row.local_authority_id)!;
      const what = row.kind === ConcernDeadlineKind.DECISION ? 'decision' : 'sign-off';
      for (const recipientId of managers) {
        await this.notifications.notify(manager, {
          recipientId,
          kind: 'concern.escalated',
          title: `Overdue ${what}: safeguarding concern ${concernReference(row.seq)} was due ${row.due_at.toISOString()}`,
          link: PORTAL_LINKS.concern(row.concern_id),
        });
      }
      await manager.query('UPDATE concern_deadlines SET escalated_at = $2 WHERE id = $1', [row.id, now]);
      await this.audit.record(manager, Actor.system(`concern-escalation:${row.id}`), {
        action: 'concerns.deadline_escalated',
        entityType: 'Concern',
        entityId: row.concern_id,
        localAuthorityId: row.local_authority_id,
        details: { deadlineId: row.id, kind: row.kind, dueAt: row.due_at.toISOString(), recipients: managers.length },
      });
    }
  }
}
