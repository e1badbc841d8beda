import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { defaultTermOf, londonToday, previousDefaultTerm, termLabel } from '@safeguard/calendar';
import { Actor } from '@safeguard/policy';
import { hasOverdueDeadlineSql, overdueDeadlineSql } from '../deadlines/overdue';
import { entrySchoolIdSql } from '../entries/entry-school';
import { EntryStatus, RegisterKind } from '../register.enums';
import { RegisterPolicy } from '../register.policy';
import { RegisterDashboardFilter, RegisterDashboardModel, TermCount } from './dashboard.models';

/** The entries the dashboard counts: one authority, optionally one type of school. */
const SCOPE = `
  WITH en AS (
    SELECT e.* FROM register_entries e
      JOIN children c ON c.id = e.child_id
      LEFT JOIN schools s ON s.id = ${entrySchoolIdSql('e', 'c')}
     WHERE e.local_authority_id = $1 AND ($2::text IS NULL OR s.type_group::text = $2)
  )`;

/** Counts for the authority's team and its HMI. Figures only: no child is read. */
@Injectable()
export class RegisterDashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: RegisterPolicy,
  ) {}

  async dashboard(actor: Actor, filter: RegisterDashboardFilter = {}): Promise<RegisterDashboardModel> {
    const la = this.policy.defaultArea(actor, filter.localAuthorityId);
    this.policy.assertCanReadArea(actor, la);
    const today = londonToday();
    const params = [la, filter.schoolTypeGroup ?? null];
    const q = <T>(sql: string, extra: unknown[] = []) => this.dataSource.query(`${SCOPE} ${sql}`, [...params, ...extra]) as Promise<T[]>;

    const [counts, overdue, [median], neverSeen, [ehe], [excluded], closures] = await Promise.all([
      q<{ kind: RegisterKind; status: EntryStatus; count: number }>(
        'SELECT kind, status, count(*)::int AS count FROM en GROUP BY kind, status ORDER BY kind, status',
      ),
      q<{ kind: RegisterKind; count: number }>(
        `SELECT kind, count(*)::int AS count FROM en WHERE status <> 'CLOSED' AND ${hasOverdueDeadlineSql('en', '$3')} GROUP BY kind ORDER BY kind`,
        [today],
      ),
      q<{ median: number | null }>(
        "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY school_days_to_locate)::float AS median FROM en WHERE kind = 'CME' AND school_days_to_locate IS NOT NULL",
      ),
      q<{ count: number }>(
        `SELECT count(*)::int AS count FROM en WHERE status <> 'CLOSED'
           AND ((kind = 'EHE' AND last_seen_on IS NULL) OR (kind = 'EHCP' AND last_visit_on IS NULL))`,
      ),
      q<{ not_seen: number; priority: number }>(
        `SELECT count(*) FILTER (WHERE EXISTS (SELECT 1 FROM register_deadlines d WHERE d.entry_id = en.id
                  AND d.kind = 'EHE_SEE_CHILD' AND ${overdueDeadlineSql('d', '$3')}))::int AS not_seen,
                count(*) FILTER (WHERE c.has_ehc_plan OR c.child_protection_plan OR c.child_in_need_plan)::int AS priority
           FROM en JOIN children c ON c.id = en.child_id
          WHERE en.kind = 'EHE' AND en.status <> 'CLOSED'`,
        [today],
      ),
      q<{ count: number }>(
        `SELECT count(*)::int AS count FROM en WHERE kind = 'EXCLUDED' AND EXISTS (
           SELECT 1 FROM register_deadlines d WHERE d.entry_id = en.id AND d.kind = 'EXCLUSION_SAFETY_CHECK'
             AND ((${overdueDeadlineSql('d', '$3')}) OR d.met_on > d.due_on))`,
        [today],
      ),
      this.closuresByTerm(q, today),
    ]);
    return {
      localAuthorityId: la,
      asOf: today,
      schoolTypeGroup: filter.schoolTypeGroup ?? null,
      counts,
      overdue,
      medianSchoolDaysToLocate: median?.median ?? null,
      closuresWithoutWhereabouts: closures,
      childrenNeverSeen: neverSeen[0]?.count ?? 0,
      eheNotSeenInPeriod: ehe?.not_seen ?? 0,
      ehePriority: ehe?.priority ?? 0,
      excludedWithoutSafetyCheckInTime: excluded?.count ?? 0,
    };
  }

  /** The figure Ofsted quoted: closures without whereabouts, per term. */
  private async closuresByTerm(
    q: <T>(sql: string, extra?: unknown[]) => Promise<T[]>,
    today: string,
  ): Promise<TermCount[]> {
    const terms = [defaultTermOf(today)];
    while (terms.length < 4) terms.push(previousDefaultTerm(terms.at(-1)!));
    const rows = await q<{ closed_on: string; count: number }>(
      `SELECT closed_on::text AS closed_on, count(*)::int AS count FROM en
        WHERE closed_without_whereabouts AND closed_on >= $3 GROUP BY closed_on`,
      [terms.at(-1)!.startsOn],
    );
    return terms.map((t) => ({
      term: termLabel(t),
      startsOn: t.startsOn,
      endsOn: t.endsOn,
      count: rows.filter((r) => r.closed_on >= t.startsOn && r.closed_on <= t.endsOn).reduce((n, r) => n + r.count, 0),
    }));
  }
}
