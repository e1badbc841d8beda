import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { londonToday } from '@safeguard/calendar';
import { NotificationsService, PORTAL_LINKS } from '@safeguard/notifications';
import { AuthorityTeam } from '@safeguard/register';
import { PressureReport } from './pressure-report.entity';
import { membershipInForceSql } from '@safeguard/policy';

/**
 * The school's side of a report: its headteachers and the delegates they named, in post today.
 * The reporter is one of them while they may still read the report; once a delegate is removed
 * or leaves, they hear no more of it.
 */
const SCHOOL_SIDE = `
  SELECT DISTINCT u.id FROM memberships m JOIN users u ON u.id = m.user_id
   WHERE m.school_id = $1 AND u.status::text = 'ACTIVE'
     AND ${membershipInForceSql('m', '$2::date')}
     AND (m.role::text = 'HEADTEACHER'
          OR (m.role::text IN ('DSL', 'GOVERNANCE_CLERK') AND EXISTS (
                SELECT 1 FROM pressure_delegations d WHERE d.school_id = m.school_id AND d.delegate_id = m.user_id AND d.removed_at IS NULL)))
   ORDER BY u.id`;

/**
 * Who hears of each step of a report, always in the caller's transaction. Titles name no school
 * and no person. The school's side is e-mailed a copy of each step; the council's team is told
 * in the portal and live (a missed acknowledgement is e-mailed to managers by the escalation).
 */
@Injectable()
export class PressureNotices {
  /** Transactions whose notifications stay in the portal (see inPortalOnly). */
  private readonly portalOnly = new WeakSet<EntityManager>();

  constructor(
    private readonly notifications: NotificationsService,
    private readonly team: AuthorityTeam,
  ) {}

  /**
   * Within this transaction, notifications are written to the portal only, without e-mail: the
   * demo seed's steps happened days ago, and their e-mails would all arrive at once.
   */
  inPortalOnly(manager: EntityManager): void {
    this.portalOnly.add(manager);
  }

  async schoolSide(manager: EntityManager, schoolId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(SCHOOL_SIDE, [schoolId, londonToday()]);
    return rows.map((r) => r.id);
  }

  /** Tells the reporting school's side (the reporter, headteacher and delegates) of a step. */
  async toSchool(manager: EntityManager, report: PressureReport, kind: string, title: string): Promise<number> {
    const recipients = await this.schoolSide(manager, report.schoolId);
    for (const recipientId of recipients) {
      await this.notifications.notify(manager, { recipientId, kind, title, link: PORTAL_LINKS.pressureReport(report.id), email: !this.portalOnly.has(manager) });
    }
    return recipients.length;
  }

  /** Tells the authority's officers and managers, or one of them. */
  async toCouncil(manager: EntityManager, report: PressureReport, kind: string, title: string, only?: string | null): Promise<void> {
    const recipients = only ? [only] : await this.team.workers(manager, report.localAuthorityId);
    for (const recipientId of recipients) {
      await this.notifications.notify(manager, { recipientId, kind, title, link: PORTAL_LINKS.pressureReport(report.id), email: false });
    }
  }
}
