import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { forEachClaimedBatch } from '@safeguard/jobs';
import { NotificationsService, PORTAL_LINKS } from '@safeguard/notifications';
import { Actor } from '@safeguard/policy';
import { AuthorityTeam } from '@safeguard/register';
import { PressureDeadlineKind } from '../pressure.enums';
import { pressureReference } from '../reports/pressure-reference';

const BATCH = 100;

interface MissedRow {
  id: string;
  report_id: string;
  local_authority_id: string;
  kind: PressureDeadlineKind;
  due_at: Date;
  seq: string;
}

/**
 * Escalates missed acknowledgements to the authority's managers, exactly once: each batch is
 * claimed with SKIP LOCKED and stamped in the transaction that writes the notifications, so
 * concurrent or restarted workers neither skip nor repeat one.
 */
@Injectable()
export class PressureEscalationService {
  private readonly logger = new Logger(PressureEscalationService.name);

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
    if (escalated) this.logger.log(`Escalated ${escalated} unacknowledged pressure reports to managers`);
    return escalated;
  }

  private claim(manager: EntityManager, now: Date, limit: number): Promise<MissedRow[]> {
    return manager.query(
      `SELECT d.id, d.report_id, d.local_authority_id, d.kind, d.due_at, r.seq
         FROM pressure_deadlines d JOIN pressure_reports r ON r.id = d.report_id
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
      for (const recipientId of managers) {
        await this.notifications.notify(manager, {
          recipientId,
          kind: 'pressure.escalated',
          title: `Not acknowledged in time: report of intimidation or pressure ${pressureReference(row.seq)} was due ${row.due_at.toISOString()}`,
          link: PORTAL_LINKS.pressureReport(row.report_id),
        });
      }
      await manager.query('UPDATE pressure_deadlines SET escalated_at = $2 WHERE id = $1', [row.id, now]);
      await this.audit.record(manager, Actor.system(`pressure-escalation:${row.id}`), {
        action: 'pressure.deadline_escalated',
        entityType: 'PressureReport',
        entityId: row.report_id,
        localAuthorityId: row.local_authority_id,
        details: { deadlineId: row.id, kind: row.kind, dueAt: row.due_at.toISOString(), recipients: managers.length },
      });
    }
  }
}
