import { EntityManager } from 'typeorm';
import { IsoDate } from '@safeguard/calendar';
import { EntryFlag, RegisterKind } from '@safeguard/register';
import { FigureTerm } from './figure-terms';
import { deadlineOverdueAtSql, entrySchoolIdSql, onRegisterAtSql, priorityChildSql, safetyCheckLateAtSql } from './register-as-at';

/**
 * One line of the HMI's child-level list (in the spirit of Ofsted's Annex A): one child on one
 * register. Plain values only, one CSV cell each.
 */
export type ChildListRow = {
  childId: string;
  legalFirstName: string;
  legalLastName: string;
  dateOfBirth: IsoDate;
  kind: RegisterKind;
  entryId: string;
  /** The entry's status now. */
  status: string;
  reason: string;
  reportedOn: IsoDate;
  /** CME: when a whereabouts was recorded. */
  locatedOn: IsoDate | null;
  closedOn: IsoDate | null;
  closedWithoutWhereabouts: boolean;
  /** EHE: when the council last saw the child. */
  lastSeenOn: IsoDate | null;
  /** EHCP: the last visit. */
  lastVisitOn: IsoDate | null;
  /** EXCLUDED: first day, and the safety check. */
  exclusionStartsOn: IsoDate | null;
  safetyCheckOn: IsoDate | null;
  /** EHCP: when full-time education stopped, and the hours a week now. */
  fullTimeStoppedOn: IsoDate | null;
  hoursPerWeek: number | null;
  /** The school the entry is counted against (reporting, excluding, else on roll). */
  schoolUrn: number | null;
  /** On the register at the term's end (or today, while the term runs). */
  onRegisterAtTermEnd: boolean;
  /** The register's flags read at the term's end (EntryFlag values), separated by "; ". */
  flags: string;
};

/**
 * Children with an entry on the authority's register open at the term's end or active in the term
 * (reported, located or closed in it), CME, EHE, EXCLUDED and EHCP. One row per child and register:
 * a child on two registers has two rows; of one child's several entries on one register, the latest.
 */
/** SQL: entry `e` belongs on the list: authority $1, on the register at $3, or reported, closed or located from $2 to $4. */
const listedSql = (e: string) => `${e}.local_authority_id = $1
  AND (${onRegisterAtSql(e, '$3::date')} OR ${e}.reported_on BETWEEN $2 AND $4 OR ${e}.closed_on BETWEEN $2 AND $4 OR ${e}.located_on BETWEEN $2 AND $4)`;

/*
 * Deadlines and visits are grouped by entry in one pass each, not looked up row by row, and joined to
 * the entries table before the latest entry is picked, so the planner knows how they join: a
 * misestimate there costs this statement far more in JIT compilation than in running it.
 */
const CHILD_LIST = `
  WITH deadlines AS (
    SELECT d.entry_id, array_agg(d.kind::text) FILTER (WHERE ${deadlineOverdueAtSql('d', '$3::date')}) AS overdue_kinds,
           bool_or(${safetyCheckLateAtSql('d', '$3::date')}) AS safety_check_late
      FROM register_deadlines d JOIN register_entries e ON e.id = d.entry_id
     WHERE ${listedSql('e')}
     GROUP BY d.entry_id
  ),
  visits AS (
    SELECT v.entry_id, bool_or(v.child_seen) AS seen, bool_or(v.kind IN ('HOME_VISIT', 'OTHER_MEETING')) AS visited
      FROM register_visits v JOIN register_entries e ON e.id = v.entry_id
     WHERE ${listedSql('e')} AND v.occurred_on <= $3::date
     GROUP BY v.entry_id
  ),
  listed AS (
    SELECT DISTINCT ON (e.child_id, e.kind) e.id, e.child_id, e.kind, e.status, e.reason, e.reported_on, e.located_on, e.closed_on,
           e.closed_without_whereabouts, e.last_seen_on, e.last_visit_on, e.exclusion_starts_on, e.safety_check_on, e.full_time_stopped_on,
           e.hours_per_week, e.reported_by_school_id, e.excluding_school_id, ${onRegisterAtSql('e', '$3::date')} AS on_register,
           -- As seenBySql and visitedBySql, from the grouped visits.
           coalesce(e.last_seen_on <= $3::date, false) OR coalesce(v.seen, false) AS seen,
           coalesce(e.last_visit_on <= $3::date, false) OR coalesce(v.visited, false) AS visited,
           dl.overdue_kinds, coalesce(dl.safety_check_late, false) AS safety_check_late
      FROM register_entries e
      LEFT JOIN deadlines dl ON dl.entry_id = e.id
      LEFT JOIN visits v ON v.entry_id = e.id
     WHERE ${listedSql('e')}
     ORDER BY e.child_id, e.kind, e.reported_on DESC, e.id DESC
  )
  SELECT c.id AS child_id, c.legal_first_name, c.legal_last_name, to_char(c.date_of_birth, 'YYYY-MM-DD') AS date_of_birth,
         e.kind::text AS kind, e.id AS entry_id, e.status::text AS status, e.reason::text AS reason,
         to_char(e.reported_on, 'YYYY-MM-DD') AS reported_on, to_char(e.located_on, 'YYYY-MM-DD') AS located_on,
         to_char(e.closed_on, 'YYYY-MM-DD') AS closed_on, e.closed_without_whereabouts,
         to_char(e.last_seen_on, 'YYYY-MM-DD') AS last_seen_on, to_char(e.last_visit_on, 'YYYY-MM-DD') AS last_visit_on,
         to_char(e.exclusion_starts_on, 'YYYY-MM-DD') AS exclusion_starts_on, to_char(e.safety_check_on, 'YYYY-MM-DD') AS safety_check_on,
         to_char(e.full_time_stopped_on, 'YYYY-MM-DD') AS full_time_stopped_on, e.hours_per_week::float AS hours_per_week,
         s.urn AS school_urn, e.on_register, ${priorityChildSql('c')} AS priority, e.seen, e.visited, e.overdue_kinds, e.safety_check_late
    FROM listed e
    JOIN children c ON c.id = e.child_id
    LEFT JOIN schools s ON s.id = ${entrySchoolIdSql('e', 'c')}
   ORDER BY e.kind, c.legal_last_name, c.legal_first_name, c.date_of_birth, c.id`;

interface ChildListSqlRow {
  child_id: string;
  legal_first_name: string;
  legal_last_name: string;
  date_of_birth: string;
  kind: RegisterKind;
  entry_id: string;
  status: string;
  reason: string;
  reported_on: string;
  located_on: string | null;
  closed_on: string | null;
  closed_without_whereabouts: boolean;
  last_seen_on: string | null;
  last_visit_on: string | null;
  exclusion_starts_on: string | null;
  safety_check_on: string | null;
  full_time_stopped_on: string | null;
  hours_per_week: number | null;
  school_urn: number | null;
  on_register: boolean;
  priority: boolean;
  seen: boolean;
  visited: boolean;
  overdue_kinds: string[] | null;
  safety_check_late: boolean;
}

export async function readChildList(manager: EntityManager, localAuthorityId: string, term: FigureTerm): Promise<ChildListRow[]> {
  const rows = (await manager.query(CHILD_LIST, [localAuthorityId, term.startsOn, term.asAt, term.endsOn])) as ChildListSqlRow[];
  return rows.map((r) => ({
    childId: r.child_id,
    legalFirstName: r.legal_first_name,
    legalLastName: r.legal_last_name,
    dateOfBirth: r.date_of_birth,
    kind: r.kind,
    entryId: r.entry_id,
    status: r.status,
    reason: r.reason,
    reportedOn: r.reported_on,
    locatedOn: r.located_on,
    closedOn: r.closed_on,
    closedWithoutWhereabouts: r.closed_without_whereabouts,
    lastSeenOn: r.last_seen_on,
    lastVisitOn: r.last_visit_on,
    exclusionStartsOn: r.exclusion_starts_on,
    safetyCheckOn: r.safety_check_on,
    fullTimeStoppedOn: r.full_time_stopped_on,
    hoursPerWeek: r.hours_per_week,
    schoolUrn: r.school_urn,
    onRegisterAtTermEnd: r.on_register,
    flags: flagsOf(r).join('; '),
  }));
}

/** The register's flags (entry-flags.service.ts), read at the term's end rather than today. */
function flagsOf(r: ChildListSqlRow): EntryFlag[] {
  const overdue = new Set(r.overdue_kinds ?? []);
  const flags: EntryFlag[] = [];
  if (overdue.size) flags.push(EntryFlag.OVERDUE);
  if (!r.on_register) return flags;
  switch (r.kind) {
    case RegisterKind.EHE:
      if (!r.seen) flags.push(EntryFlag.NEVER_SEEN);
      if (overdue.has('EHE_SEE_CHILD')) flags.push(EntryFlag.NOT_SEEN_IN_PERIOD);
      if (r.priority) flags.push(EntryFlag.PRIORITY);
      break;
    case RegisterKind.EHCP:
      if (!r.visited) flags.push(EntryFlag.NEVER_VISITED);
      if (overdue.has('EHCP_VISIT')) flags.push(EntryFlag.VISIT_OVERDUE);
      break;
    case RegisterKind.EXCLUDED:
      if (r.safety_check_late) flags.push(EntryFlag.NO_SAFETY_CHECK_IN_TIME);
      break;
  }
  return flags;
}
