/**
 * SQL: the membership under `alias` is in force on `day` (an SQL date expression or placeholder).
 * A membership without dates always is; an assignment's HMI membership carries its dates. The
 * one statement of the rule, for every query that asks who holds a role today.
 */
export function membershipInForceSql(alias: string, day: string): string {
  return `(${alias}.starts_on IS NULL OR ${alias}.starts_on <= ${day}) AND (${alias}.ends_on IS NULL OR ${alias}.ends_on >= ${day})`;
}
