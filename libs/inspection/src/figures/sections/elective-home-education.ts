import { FiguresContext, measureOf, queryByTerm, sectionOf, TERMS_CTE } from '../figure-terms';
import { gqlEnum, registerEntriesLink } from '../record-links';
import { deadlineOpenAtSql, deadlineOverdueAtSql, onRegisterAtSql, priorityChildSql, seenBySql } from '../register-as-at';
import { ReportSection } from '../report-figures';

export const EHE_SECTION = { key: 'ehe', number: 2, title: 'Elective home education' } as const;

/** The authority's EHE entries, their contacts and their deadlines, per term in one statement. */
const EHE_FIGURES = `
  WITH ${TERMS_CTE},
  ehe AS MATERIALIZED (
    SELECT e.id, e.reported_on, e.closed_on, e.last_seen_on, ${priorityChildSql('c')} AS priority
      FROM register_entries e JOIN children c ON c.id = e.child_id
     WHERE e.local_authority_id = $1 AND e.kind = 'EHE'
  ),
  entries AS (
    SELECT t.i,
           count(e.id) FILTER (WHERE ${onRegisterAtSql('e', 't.as_at')})::int AS on_register,
           count(e.id) FILTER (WHERE e.reported_on BETWEEN t.starts_on AND t.ends_on)::int AS new,
           count(e.id) FILTER (WHERE ${onRegisterAtSql('e', 't.as_at')} AND e.priority)::int AS priority,
           count(e.id) FILTER (WHERE ${onRegisterAtSql('e', 't.as_at')} AND NOT ${seenBySql('e', 't.as_at')})::int AS never_seen
      FROM terms t
      LEFT JOIN ehe e ON e.reported_on <= t.ends_on AND (e.closed_on IS NULL OR e.closed_on >= t.starts_on)
     GROUP BY t.i
  ),
  contacts AS (
    SELECT t.i, count(DISTINCT v.entry_id)::int AS contacted, count(DISTINCT v.entry_id) FILTER (WHERE v.child_seen)::int AS seen
      FROM terms t
      LEFT JOIN (register_visits v JOIN ehe e ON e.id = v.entry_id) ON v.occurred_on BETWEEN t.starts_on AND t.ends_on
     GROUP BY t.i
  ),
  deadlines AS (
    SELECT t.i,
           count(DISTINCT d.entry_id) FILTER (WHERE d.kind = 'EHE_SEE_CHILD' AND ${deadlineOverdueAtSql('d', 't.as_at')})::int AS not_seen_in_period,
           count(DISTINCT d.entry_id) FILTER (WHERE d.kind = 'EHE_FIRST_CONTACT' AND ${deadlineOverdueAtSql('d', 't.as_at')})::int AS first_contact_overdue
      FROM terms t
      LEFT JOIN (register_deadlines d JOIN ehe e ON e.id = d.entry_id) ON ${deadlineOpenAtSql('d', 't.as_at')}
     GROUP BY t.i
  )
  SELECT * FROM entries JOIN contacts USING (i) JOIN deadlines USING (i) ORDER BY i`;

interface EheRow {
  i: number;
  on_register: number;
  new: number;
  priority: number;
  never_seen: number;
  contacted: number;
  seen: number;
  not_seen_in_period: number;
  first_contact_overdue: number;
}

export async function eheSection(ctx: FiguresContext): Promise<ReportSection> {
  const rows = await queryByTerm<EheRow>(ctx, EHE_FIGURES);
  const la = ctx.localAuthorityId;
  const open = registerEntriesLink(la, { kind: gqlEnum('EHE'), open: true });
  const m = (key: string, label: string, column: Exclude<keyof EheRow, 'i'>, link?: string) =>
    measureOf(ctx, rows, key, label, 'count', (r) => r[column], link);
  return sectionOf(EHE_SECTION, [
    m('ehe.onRegister', 'Children on the home education register at term end', 'on_register', open),
    m('ehe.new', 'Children added to the register in the term', 'new', registerEntriesLink(la, { kind: gqlEnum('EHE') })),
    m('ehe.contacted', 'Children the council contacted or visited in the term', 'contacted', open),
    m('ehe.seen', 'Of those, children seen in the term', 'seen', open),
    m('ehe.notSeenInPeriod', 'Children not seen within the authority’s period (default 12 months) at term end', 'not_seen_in_period',
      registerEntriesLink(la, { kind: gqlEnum('EHE'), open: true, overdue: true })),
    m('ehe.neverSeen', 'Children never seen by the council at term end', 'never_seen', open),
    m('ehe.firstContactOverdue', 'Children whose first contact was overdue at term end', 'first_contact_overdue',
      registerEntriesLink(la, { kind: gqlEnum('EHE'), open: true, overdue: true })),
    m('ehe.priority', 'Priority children at term end (EHC plan, child protection or child in need plan)', 'priority', open),
  ]);
}
