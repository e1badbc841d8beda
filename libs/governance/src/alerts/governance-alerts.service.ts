import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { addDays, defaultTermOf, IsoDate, londonToday, termLabel } from '@safeguard/calendar';
import { NotificationsService, PORTAL_LINKS } from '@safeguard/notifications';
import { Actor, membershipInForceSql, Role } from '@safeguard/policy';
import { CheckState } from '../governance.enums';
import { GOVERNANCE_RULES_POLICY } from '../governance-rules';
import { GovernanceOverviewService } from '../overview/governance-overview.service';
import { CompletionSnapshot } from '../overview/completion-snapshot.entity';
import { GovernanceStatusService } from '../status/governance-status.service';
import { AlertLevel } from './governance-alert.entity';

export interface GovernanceSweepResult {
  reminders: number;
  escalations: number;
}

interface DueItem {
  appointmentId: string;
  check: string;
  dueOn: IsoDate;
}

/**
 * Reminds each school of checks falling due and tells the council of overdue ones. Each
 * (appointment, check, deadline, level) goes once: its row in governance_alerts is inserted in
 * the transaction that writes the notifications, and a concurrent or restarted worker's insert
 * of the same row does nothing, so it notifies nobody twice.
 */
@Injectable()
export class GovernanceAlertsService {
  private readonly logger = new Logger(GovernanceAlertsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly status: GovernanceStatusService,
    private readonly overview: GovernanceOverviewService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  async sweep(today: IsoDate = londonToday()): Promise<GovernanceSweepResult> {
    const result: GovernanceSweepResult = { reminders: 0, escalations: 0 };
    const schools: Array<{ id: string; name: string; local_authority_id: string }> = await this.dataSource.query(
      'SELECT DISTINCT s.id, s.name, s.local_authority_id FROM schools s JOIN governance_appointments a ON a.school_id = s.id WHERE a.ended_on IS NULL OR a.ended_on > $1',
      [today],
    );
    for (const school of schools) {
      await this.dataSource.transaction(async (manager) => {
        const standings = await this.status.standings(manager, { schoolIds: [school.id] }, today);
        const soon = addDays(today, GOVERNANCE_RULES_POLICY.reminderDaysAhead);
        const items = (state: CheckState, near?: IsoDate) =>
          standings.flatMap((s) =>
            s.statuses
              .filter((c) => c.state === state && c.dueOn && (!near || c.dueOn <= near))
              .map((c) => ({ appointmentId: s.appointment.id, check: c.check, dueOn: c.dueOn! })),
          );
        // A reminder is used up only when someone is in post to receive it; otherwise it waits for them.
        const keepers = await this.schoolKeepers(manager, school.id, today);
        const reminders = keepers.length ? await this.claim(manager, items(CheckState.DUE, soon), AlertLevel.REMINDER) : [];
        const escalations = await this.claim(manager, items(CheckState.OVERDUE), AlertLevel.ESCALATION);
        if (reminders.length) {
          await this.tell(manager, keepers, {
            kind: 'governance.checks_due',
            title: `${reminders.length} governance check${reminders.length === 1 ? '' : 's'} due within ${GOVERNANCE_RULES_POLICY.reminderDaysAhead} days at ${school.name}`,
            link: PORTAL_LINKS.schoolGovernance(school.id),
          });
        }
        if (escalations.length) {
          await this.tell(manager, await this.team(manager, school.local_authority_id, today), {
            kind: 'governance.checks_overdue',
            title: `${escalations.length} governance check${escalations.length === 1 ? '' : 's'} overdue at ${school.name}`,
            link: PORTAL_LINKS.schoolGovernance(school.id),
          });
        }
        if (reminders.length || escalations.length) {
          await this.audit.record(manager, Actor.system(`governance-alerts:${school.id}:${today}`), {
            action: 'governance.alerts_sent',
            entityType: 'School',
            entityId: school.id,
            localAuthorityId: school.local_authority_id,
            details: { reminders: reminders.length, escalations: escalations.length },
          });
        }
        result.reminders += reminders.length;
        result.escalations += escalations.length;
      });
    }
    await this.snapshot(today);
    if (result.reminders || result.escalations) this.logger.log(`Governance: ${result.reminders} reminders, ${result.escalations} escalations`);
    return result;
  }

  /** Keeps this term's completion per authority, so the trend survives the term's end. */
  async snapshot(today: IsoDate): Promise<void> {
    const term = defaultTermOf(today);
    const areas: Array<{ id: string }> = await this.dataSource.query('SELECT DISTINCT local_authority_id AS id FROM schools');
    for (const { id } of areas) {
      const completion = await this.overview.completionFor(this.dataSource.manager, id, today);
      await this.dataSource.manager.upsert(
        CompletionSnapshot,
        completion.byType.map((t) => ({
          localAuthorityId: id, termStartsOn: term.startsOn, schoolTypeGroup: t.schoolTypeGroup, termLabel: termLabel(term),
          required: t.tally.required, done: t.tally.done, overdue: t.tally.overdue + t.tally.refused,
        })),
        ['localAuthorityId', 'termStartsOn', 'schoolTypeGroup'],
      );
    }
  }

  /** Inserts the alerts not yet sent and returns those this call inserted. */
  private async claim(manager: EntityManager, items: DueItem[], level: AlertLevel): Promise<DueItem[]> {
    if (!items.length) return [];
    const rows: Array<{ appointment_id: string; check: string; due_on: string }> = await manager.query(
      `INSERT INTO governance_alerts (appointment_id, "check", due_on, level)
       SELECT x.appointment_id, x.check::check_kind, x.due_on, $2::governance_alert_level
         FROM jsonb_to_recordset($1::jsonb) AS x(appointment_id uuid, "check" text, due_on date)
       ON CONFLICT (appointment_id, "check", due_on, level) DO NOTHING
       RETURNING appointment_id, "check", due_on::text`,
      [JSON.stringify(items.map((i) => ({ appointment_id: i.appointmentId, check: i.check, due_on: i.dueOn }))), level],
    );
    return rows.map((r) => ({ appointmentId: r.appointment_id, check: r.check, dueOn: r.due_on }));
  }

  private async tell(manager: EntityManager, recipients: string[], message: { kind: string; title: string; link: string }): Promise<void> {
    for (const recipientId of recipients) await this.notifications.notify(manager, { recipientId, ...message });
  }

  private async schoolKeepers(manager: EntityManager, schoolId: string, today: IsoDate): Promise<string[]> {
    return this.members(manager, 'm.school_id = $1', schoolId, [Role.HEADTEACHER, Role.GOVERNANCE_CLERK], today);
  }

  private async team(manager: EntityManager, localAuthorityId: string, today: IsoDate): Promise<string[]> {
    return this.members(manager, 'm.local_authority_id = $1', localAuthorityId, [Role.LA_OFFICER, Role.LA_MANAGER], today);
  }

  private async members(manager: EntityManager, where: string, id: string, roles: Role[], today: IsoDate): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await manager.query(
      `SELECT DISTINCT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE ${where} AND m.role::text = ANY($2::text[]) AND u.status::text = 'ACTIVE'
          AND ${membershipInForceSql('m', '$3')}`,
      [id, roles, today],
    );
    return rows.map((r) => r.user_id);
  }
}
