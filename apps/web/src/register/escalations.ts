/** A register deadline as the escalations page reads it. */
export interface EscalatedDeadline {
  kind: string;
  dueOn: string;
  escalateOn: string;
  metOn?: string | null;
  cancelledOn?: string | null;
}

/** Open deadlines whose escalation date has passed (the api's rule: managers are told the day after it). */
export function escalatedDeadlines<T extends EscalatedDeadline>(deadlines: T[], today: string): T[] {
  return deadlines.filter((d) => !d.metOn && !d.cancelledOn && d.escalateOn < today);
}

/** Whole days from one London date to another (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/** "Overdue by 12 days", never colour alone. */
export function overdueBy(dueOn: string, today: string): string {
  const days = daysBetween(dueOn, today);
  return days <= 0 ? 'Due today' : `Overdue by ${days} ${days === 1 ? 'day' : 'days'}`;
}

export { londonToday } from '../layout/london-time';
