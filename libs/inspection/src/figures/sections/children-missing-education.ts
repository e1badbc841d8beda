import { SchoolDayCalendar } from '@safeguard/calendar';
import { FiguresContext, measureOf, median, queryByTerm, sectionOf, TERMS_CTE } from '../figure-terms';
import { gqlEnum, registerEntriesLink } from '../record-links';
import { deadlineOpenAtSql, deadlineOverdueAtSql, onRegisterAtSql } from '../register-as-at';
import { ReportSection } from '../report-figures';

export const CME_SECTION = { key: 'cme', number: 1, title: 'Children missing education' } as const;

/** The authority's CME entries, counted per term in one statement. */
const CME_FIGURES = `
  WITH ${TERMS_CTE},
  cme AS MATERIALIZED (
    SELECT e.id, e.reported_on, e.located_on, e.closed_on, e.closed_without_whereabouts, e.closure_proposed_by_id, e.signed_off_by_id,
           e.school_days_to_locate
      FROM register_entries e WHERE e.local_authority_id = $1 AND e.kind = 'CME'
  ),
  entries AS (
    SELECT t.i,
           count(c.id) FILTER (WHERE c.reported_on BETWEEN t.starts_on AND t.ends_on)::int AS reported,
           count(c.id) FILTER (WHERE c.located_on BETWEEN t.starts_on AND t.ends_on)::int AS located,
           coalesce(json_agg(json_build_array(to_char(c.reported_on, 'YYYY-MM-DD'), to_char(c.located_on, 'YYYY-MM-DD'), c.school_days_to_locate))
             FILTER (WHERE c.located_on BETWEEN t.starts_on AND t.ends_on), '[]') AS located_rows,
           count(c.id) FILTER (WHERE ${onRegisterAtSql('c', 't.as_at')} AND (c.located_on IS NULL OR c.located_on > t.as_at))::int AS still_missing,
           count(c.id) FILTER (WHERE c.closed_without_whereabouts AND c.closed_on BETWEEN t.starts_on AND t.ends_on)::int AS closed_without,
           -- The sign-off Ofsted found missing: by a manager who neither proposed the closure nor made an enquiry.
           count(c.id) FILTER (WHERE c.closed_without_whereabouts AND c.closed_on BETWEEN t.starts_on AND t.ends_on
                                 AND c.signed_off_by_id IS NOT NULL AND c.signed_off_by_id IS DISTINCT FROM c.closure_proposed_by_id
                                 AND NOT EXISTS (SELECT 1 FROM register_enquiries q
                                                  WHERE q.entry_id = c.id AND q.recorded_by_id = c.signed_off_by_id))::int AS closed_without_signed_off
      FROM terms t
      LEFT JOIN cme c ON c.reported_on <= t.ends_on AND (c.closed_on IS NULL OR c.closed_on >= t.starts_on)
     GROUP BY t.i
  ),
  deadlines AS (
    SELECT t.i,
           count(DISTINCT d.entry_id) FILTER (WHERE ${deadlineOverdueAtSql('d', 't.as_at')})::int AS overdue,
           count(DISTINCT d.entry_id) FILTER (WHERE d.kind = 'CLOSURE_SIGN_OFF'
                                                AND (d.created_at AT TIME ZONE 'Europe/London')::date <= t.as_at)::int AS awaiting_sign_off
      FROM terms t
      LEFT JOIN (register_deadlines d JOIN cme c ON c.id = d.entry_id) ON ${deadlineOpenAtSql('d', 't.as_at')}
     GROUP BY t.i
  )
  SELECT * FROM entries JOIN deadlines USING (i) ORDER BY i`;

interface CmeRow {
  i: number;
  reported: number;
  located: number;
  located_rows: Array<[string, string, number | null]>;
  still_missing: number;
  closed_without: number;
  closed_without_signed_off: number;
  overdue: number;
  awaiting_sign_off: number;
}

export async function cmeSection(ctx: FiguresContext, calendar: SchoolDayCalendar): Promise<ReportSection> {
  const rows = await queryByTerm<CmeRow>(ctx, CME_FIGURES);
  const la = ctx.localAuthorityId;
  const m = <K extends keyof CmeRow>(key: string, label: string, column: K, link?: string) =>
    measureOf(ctx, rows, key, label, 'count', (r) => r[column] as number, link);
  // Days to locate are counted when the child is found; an entry without them is counted here, on the authority's calendar.
  const daysToLocate = (r: CmeRow) => r.located_rows.map(([reported, located, days]) => days ?? calendar.schoolDaysBetween(reported, located));
  return sectionOf(CME_SECTION, [
    m('cme.reported', 'Children reported missing education in the term', 'reported', registerEntriesLink(la, { kind: gqlEnum('CME') })),
    m('cme.located', 'Children located in the term (a whereabouts recorded)', 'located', registerEntriesLink(la, { kind: gqlEnum('CME') })),
    measureOf(ctx, rows, 'cme.medianSchoolDaysToLocate', 'Median school days from report to located, for children located in the term', 'schoolDays',
      (r) => median(daysToLocate(r))),
    m('cme.stillMissing', 'Children still missing at term end (on the register, not located)', 'still_missing',
      registerEntriesLink(la, { kind: gqlEnum('CME'), open: true })),
    m('cme.closedWithoutWhereabouts', 'Entries closed in the term without the child’s whereabouts', 'closed_without',
      registerEntriesLink(la, { kind: gqlEnum('CME'), status: gqlEnum('CLOSED') })),
    m('cme.closedWithoutWhereaboutsSignedOff', 'Of those, signed off by an LA manager who neither proposed the closure nor recorded an enquiry', 'closed_without_signed_off'),
    m('cme.closureAwaitingSignOff', 'Closures without whereabouts waiting for a manager’s sign-off at term end', 'awaiting_sign_off',
      registerEntriesLink(la, { kind: gqlEnum('CME'), status: gqlEnum('AWAITING_SIGN_OFF') })),
    m('cme.overdue', 'Entries overdue at term end (first enquiry, locating or closure sign-off past its deadline)', 'overdue',
      registerEntriesLink(la, { kind: gqlEnum('CME'), open: true, overdue: true })),
  ]);
}
