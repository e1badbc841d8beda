/**
 * SQL: the school an entry is counted against when filtering by school type: the school that
 * reported it, else the excluding school, else the child's school on roll.
 */
export function entrySchoolIdSql(entryAlias: string, childAlias: string): string {
  return `COALESCE(${entryAlias}.reported_by_school_id, ${entryAlias}.excluding_school_id, ${childAlias}.school_id)`;
}
