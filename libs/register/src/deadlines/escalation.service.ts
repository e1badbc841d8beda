import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { IsoDate, londonToday } from '@safeguard/calendar';
import { forEachClaimedBatch } from '@safeguard/jobs';
import { NotificationsService, PORTAL_LINKS } from '@safeguard/notifications';
import { Actor } from '@safeguard/policy';
import { AuthorityTeam } from '../entries/authority-team';
import { DeadlineKind } from '../register.enums';
import { DEADLINE_LABELS } from './deadline-labels';
import { openDeadlineSql } from './overdue';

const BATCH = 100;

interface DueRow {
  id: string;
  entry_id: string;
  local_authority_id: string;
  kind: DeadlineKind;
  due_on: string;
  assigned_officer_id: string | null;
}

export interface SweepResult {
  officersNotified: number;
  managersNotified: number;
}

/**
 * Tells people about overdue register deadlines: first the assigned officer (or the whole
 * team when none is assigned), then, after the grace period, the LA managers. Each step
 * claims its deadlines with SKIP LOCKED and stamps them in the transaction that writes the
 * notifications, so concurrent or restarted workers neither skip nor repeat one.
 */
@Injectable()
export class EscalationService {
  private readonly logger = new Logger(EscalationService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly team: AuthorityTeam,
    private readonly audit: AuditService,
  ) {}

  async sweep(today: IsoDate = londonToday()): Promise<SweepResult> {
    const result: SweepResult = { officersNotified: 0, managersNotified: 0 };
    for (const level of ['officer', 'managers'] as const) {
      await forEachClaimedBatch(
        this.dataSource,
        BATCH,
        (manager, limit) => this.claim(manager, level, today, limit),
        (manager, rows) => this.notifyLevel(manager, level, rows, result),
      );
    }
    if (result.officersNotified || result.managersNotified) {
      this.logger.log(`Overdue register deadlines: ${result.officersNotified} to officers, ${result.managersNotified} escalated to managers`);
    }
    return result;
  }

  private claim(manager: EntityManager, level: 'officer' | 'managers', today: IsoDate, limit: number): Promise<DueRow[]> {
    const stamp = level === 'officer' ? 'officer_notified_at' : 'managers_notified_at';
    const dateColumn = level === 'officer' ? 'due_on' : 'escalate_on';
    return manager.query(
      `SELECT d.id, d.entry_id, d.local_authority_id, d.kind, d.due_on::text AS due_on, e.assigned_officer_id
         FROM register_deadlines d JOIN register_entries e ON e.id = d.entry_id
        WHERE ${openDeadlineSql('d')} AND d.${stamp} IS NULL AND d.${dateColumn} < $1
        ORDER BY d.due_on, d.id
        LIMIT ${limit}
        FOR UPDATE OF d SKIP LOCKED`,
      [today],
    );
  }

  private async notifyLevel(manager: EntityManager, level: 'officer' | 'managers', rows: DueRow[], result: SweepResult): Promise<void> {
    const stamp = level === 'officer' ? 'officer_notified_at' : 'managers_notified_at';
    const teams = new Map<string, Promise<string[]>>();
    const teamOf = (la: string) => {
      if (!teams.has(la)) {
        teams.set(la, level === 'managers' ? this.team.managers(manager, la) : this.team.workers(manager, la));
      }
      return teams.get(la)!;
    };
    for (const row of rows) {
      const recipients = this.recipients(level, row, await teamOf(row.local_authority_id));
      for (const recipientId of recipients) {
        await this.notifications.notify(manager, {
          recipientId,
          kind: level === 'officer' ? 'register.overdue' : 'register.escalated',
          title:
            level === 'officer'
              ? `Overdue: ${DEADLINE_LABELS[row.kind]} (due ${row.due_on})`
              : `Escalated to managers: ${DEADLINE_LABELS[row.kind]} overdue since ${row.due_on}`,
          link: PORTAL_LINKS.registerEntry(row.entry_id),
        });
      }
      await manager.query(`UPDATE register_deadlines SET ${stamp} = now() WHERE id = $1`, [row.id]);
      await this.audit.record(manager, Actor.system(`escalation:${row.id}:${level}`), {
        action: level === 'officer' ? 'register.deadline_overdue' : 'register.deadline_escalated',
        entityType: 'RegisterEntry',
        entityId: row.entry_id,
        localAuthorityId: row.local_authority_id,
        details: { deadlineId: row.id, kind: row.kind, dueOn: row.due_on, recipients: recipients.length },
      });
      if (level === 'officer') result.officersNotified++;
      else result.managersNotified++;
    }
  }

  private recipients(level: 'officer' | 'managers', row: DueRow, team: string[]): string[] {
    if (level === 'managers') return team;
    // An officer who has left the team is not told; the whole team is, as for an unassigned entry.
    return row.assigned_officer_id && team.includes(row.assigned_officer_id) ? [row.assigned_officer_id] : team;
  }
}
