/**
 * The register's rules read at a past day as well as today. `libs/register/src/deadlines/overdue.ts`
 * says a deadline is open until met or cancelled and overdue once its due date has passed; a term's
 * figures read that rule at the end of the term's day `day`. Met and cancelled dates are the days
 * things happened (a visit recorded late is met on the day of the visit), so the past reads true.
 * At today these give exactly the register's own flags and dashboard.
 */

/** SQL: entry `e` was on the register at the end of `day`: reported by then and not closed by then. */
export function onRegisterAtSql(e: string, day: string): string {
  return `${e}.reported_on <= ${day} AND (${e}.closed_on IS NULL OR ${e}.closed_on > ${day})`;
}

/** SQL: deadline `d` was still open at the end of `day`. */
export function deadlineOpenAtSql(d: string, day: string): string {
  return `(${d}.met_on IS NULL OR ${d}.met_on > ${day}) AND (${d}.cancelled_on IS NULL OR ${d}.cancelled_on > ${day})`;
}

/** SQL: deadline `d` was overdue at the end of `day` (the due day itself is still in time). */
export function deadlineOverdueAtSql(d: string, day: string): string {
  return `${deadlineOpenAtSql(d, day)} AND ${d}.due_on < ${day}`;
}

/**
 * SQL: the excluded child behind safety-check deadline `d` had no safety check in time by `day`,
 * as the register flags it (entry-flags.service.ts): still open past its due date, or met late.
 */
export function safetyCheckLateAtSql(d: string, day: string): string {
  return `${d}.kind = 'EXCLUSION_SAFETY_CHECK' AND ((${deadlineOverdueAtSql(d, day)}) OR (${d}.met_on > ${d}.due_on AND ${d}.met_on <= ${day}))`;
}

/** SQL: the home-educated child of entry `e` had been seen by the council by `day`. */
export function seenBySql(e: string, day: string): string {
  return `(coalesce(${e}.last_seen_on <= ${day}, false) OR EXISTS (
    SELECT 1 FROM register_visits sv WHERE sv.entry_id = ${e}.id AND sv.child_seen AND sv.occurred_on <= ${day}))`;
}

/** SQL: the child of EHCP entry `e` had been visited (a home visit or meeting, as the register counts) by `day`. */
export function visitedBySql(e: string, day: string): string {
  return `(coalesce(${e}.last_visit_on <= ${day}, false) OR EXISTS (
    SELECT 1 FROM register_visits vv WHERE vv.entry_id = ${e}.id AND vv.kind IN ('HOME_VISIT', 'OTHER_MEETING') AND vv.occurred_on <= ${day}))`;
}

/**
 * SQL: the school an entry is counted against: the school that reported it, else the excluding
 * school, else the child's school on roll (as the register's entry-school.ts).
 */
export function entrySchoolIdSql(e: string, c: string): string {
  return `COALESCE(${e}.reported_by_school_id, ${e}.excluding_school_id, ${c}.school_id)`;
}

/** SQL: the child behind `c` is a priority for home education (EHC plan, child protection or child in need plan). */
export function priorityChildSql(c: string): string {
  return `(${c}.has_ehc_plan OR ${c}.child_protection_plan OR ${c}.child_in_need_plan)`;
}
