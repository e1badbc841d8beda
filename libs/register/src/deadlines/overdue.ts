import { IsoDate } from '@safeguard/calendar';

/**
 * A deadline is open until met or cancelled, and overdue once its due date has passed (the due
 * day itself is still in time). Every query and view uses these, so the rule lives here only.
 * (The partial index on register_deadlines repeats the open condition, as an index must.)
 */
export function openDeadlineSql(alias: string): string {
  return `${alias}.met_on IS NULL AND ${alias}.cancelled_on IS NULL`;
}

/** SQL: the deadline under `alias` is overdue on the day given by the `today` placeholder. */
export function overdueDeadlineSql(alias: string, today: string): string {
  return `${openDeadlineSql(alias)} AND ${alias}.due_on < ${today}`;
}

/** SQL: the entry under `entryAlias` has an overdue deadline. */
export function hasOverdueDeadlineSql(entryAlias: string, today: string): string {
  return `EXISTS (SELECT 1 FROM register_deadlines od WHERE od.entry_id = ${entryAlias}.id AND ${overdueDeadlineSql('od', today)})`;
}

/** SQL: the entry under `entryAlias` has an open deadline past its escalation date (managers have been, or are being, told). */
export function hasEscalatedDeadlineSql(entryAlias: string, today: string): string {
  return `EXISTS (SELECT 1 FROM register_deadlines ed WHERE ed.entry_id = ${entryAlias}.id AND ${openDeadlineSql('ed')} AND ed.escalate_on < ${today})`;
}

export function isOverdue(d: { metOn: string | null; cancelledOn: string | null; dueOn: string }, today: IsoDate): boolean {
  return !d.metOn && !d.cancelledOn && d.dueOn < today;
}
