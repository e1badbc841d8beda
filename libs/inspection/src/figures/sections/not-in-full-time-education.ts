import { SchoolDayCalendar } from '@safeguard/calendar';
import { FiguresContext, measureOf, queryByTerm, sectionOf, TERMS_CTE } from '../figure-terms';
import { gqlEnum, registerEntriesLink } from '../record-links';
import { deadlineOverdueAtSql, onRegisterAtSql, safetyCheckLateAtSql, visitedBySql } from '../register-as-at';
import { ReportSection } from '../report-figures';

export const NOT_FULL_TIME_SECTION = { key: 'notFullTime', number: 3, title: 'Children not in full-time education' } as const;

/** EHC-plan children without full-time education, and excluded children, per term in one statement. */
const NOT_FULL_TIME_FIGURES = `
  WITH ${TERMS_CTE},
  entries AS MATERIALIZED (
    SELECT e.id, e.kind::text AS kind, e.reported_on, e.closed_on, e.full_time_stopped_on, e.last_visit_on
      FROM register_entries e WHERE e.local_authority_id = $1 AND e.kind IN ('EHCP', 'EXCLUDED')
  ),
  counted AS (
    SELECT t.i,
           count(e.id) FILTER (WHERE e.kind = 'EHCP' AND ${onRegisterAtSql('e', 't.as_at')})::int AS ehcp_without,
           count(e.id) FILTER (WHERE e.kind = 'EHCP' AND e.reported_on BETWEEN t.starts_on AND t.ends_on)::int AS ehcp_new,
           to_char(min(e.full_time_stopped_on) FILTER (WHERE e.kind = 'EHCP' AND ${onRegisterAtSql('e', 't.as_at')}), 'YYYY-MM-DD') AS earliest_stopped,
           count(e.id) FILTER (WHERE e.kind = 'EHCP' AND ${onRegisterAtSql('e', 't.as_at')} AND NOT ${visitedBySql('e', 't.as_at')})::int AS never_visited,
           count(e.id) FILTER (WHERE e.kind = 'EXCLUDED' AND e.reported_on BETWEEN t.starts_on AND t.ends_on)::int AS excluded_new,
           count(e.id) FILTER (WHERE e.kind = 'EXCLUDED' AND ${onRegisterAtSql('e', 't.as_at')})::int AS excluded_on_register
      FROM terms t
      LEFT JOIN entries e ON e.reported_on <= t.ends_on AND (e.closed_on IS NULL OR e.closed_on >= t.starts_on)
     GROUP BY t.i
  ),
  deadlines AS (
    SELECT t.i,
           count(DISTINCT d.entry_id) FILTER (WHERE d.kind = 'EHCP_VISIT' AND ${deadlineOverdueAtSql('d', 't.as_at')})::int AS visit_overdue,
           count(DISTINCT d.entry_id) FILTER (WHERE d.kind = 'EXCLUSION_SAFETY_CHECK' AND d.due_on BETWEEN t.starts_on AND t.ends_on
                                                AND d.due_on < t.as_at AND (d.cancelled_on IS NULL OR d.cancelled_on > d.due_on))::int AS safety_checks_due,
           count(DISTINCT d.entry_id) FILTER (WHERE d.due_on BETWEEN t.starts_on AND t.ends_on
                                                AND ${safetyCheckLateAtSql('d', 't.as_at')})::int AS safety_check_late,
           count(DISTINCT d.entry_id) FILTER (WHERE d.kind = 'EXCLUSION_PROVISION' AND ${deadlineOverdueAtSql('d', 't.as_at')})::int AS provision_overdue
      FROM terms t
      LEFT JOIN (register_deadlines d JOIN entries e ON e.id = d.entry_id) ON d.due_on <= t.ends_on
     GROUP BY t.i
  )
  SELECT * FROM counted JOIN deadlines USING (i) ORDER BY i`;

interface NotFullTimeRow {
  i: number;
  ehcp_without: number;
  ehcp_new: number;
  earliest_stopped: string | null;
  never_visited: number;
  excluded_new: number;
  excluded_on_register: number;
  visit_overdue: number;
  safety_checks_due: number;
  safety_check_late: number;
  provision_overdue: number;
}

export async function notFullTimeSection(ctx: FiguresContext, calendar: SchoolDayCalendar): Promise<ReportSection> {
  const rows = await queryByTerm<NotFullTimeRow>(ctx, NOT_FULL_TIME_FIGURES);
  const la = ctx.localAuthorityId;
  const ehcp = registerEntriesLink(la, { kind: gqlEnum('EHCP'), open: true });
  const excluded = registerEntriesLink(la, { kind: gqlEnum('EXCLUDED') });
  const m = (key: string, label: string, column: Exclude<keyof NotFullTimeRow, 'i' | 'earliest_stopped'>, link?: string) =>
    measureOf(ctx, rows, key, label, 'count', (r) => r[column], link);
  return sectionOf(NOT_FULL_TIME_SECTION, [
    m('ehcp.withoutFullTime', 'Children with an EHC plan without full-time education at term end', 'ehcp_without', ehcp),
    m('ehcp.new', 'Of them, added to the register in the term', 'ehcp_new', registerEntriesLink(la, { kind: gqlEnum('EHCP') })),
    // The longest wait is the earliest stop among those on the register: school days only grow with it.
    measureOf(ctx, rows, 'ehcp.longestWithoutFullTime', 'Longest time without full-time education at term end, in school days', 'schoolDays',
      (r, t) => (r.earliest_stopped ? calendar.schoolDaysBetween(r.earliest_stopped, t.asAt) : null), ehcp),
    m('ehcp.neverVisited', 'Children with an EHC plan without full-time education never visited, at term end', 'never_visited', ehcp),
    m('ehcp.visitOverdue', 'Children not visited within the authority’s period (default 20 school days) at term end', 'visit_overdue',
      registerEntriesLink(la, { kind: gqlEnum('EHCP'), open: true, overdue: true })),
    m('excluded.reported', 'Exclusions added to the register in the term', 'excluded_new', excluded),
    m('excluded.onRegister', 'Excluded children on the register at term end', 'excluded_on_register', registerEntriesLink(la, { kind: gqlEnum('EXCLUDED'), open: true })),
    m('excluded.safetyChecksDue', 'Safety checks whose deadline fell in the term and has passed', 'safety_checks_due', excluded),
    m('excluded.noSafetyCheckInTime', 'Of those, excluded children without a safety check in time (still not done, or done late)', 'safety_check_late',
      registerEntriesLink(la, { kind: gqlEnum('EXCLUDED'), overdue: true })),
    m('excluded.provisionOverdue', 'Excluded children without provision from the sixth school day, at term end', 'provision_overdue',
      registerEntriesLink(la, { kind: gqlEnum('EXCLUDED'), open: true, overdue: true })),
  ]);
}
