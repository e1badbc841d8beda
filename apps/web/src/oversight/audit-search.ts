import type { AuditEventFilter, AuditOutcome } from '../graphql/generated/graphql';
import type { FieldError } from '../layout/error-summary';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** What the search form holds, as typed. */
export interface AuditSearchForm {
  action: string;
  entityType: string;
  entityId: string;
  actorUserId: string;
  outcome: '' | AuditOutcome;
  from: DateParts;
  to: DateParts;
}

const NO_DATE: DateParts = { day: '', month: '', year: '' };

export const EMPTY_SEARCH: AuditSearchForm = {
  action: '', entityType: '', entityId: '', actorUserId: '', outcome: '', from: NO_DATE, to: NO_DATE,
};

/** Actions people look for most, offered as examples in the hint (the api takes any exact action). */
export const COMMON_ACTIONS = ['concerns.decide', 'concerns.sign_off', 'concerns.read', 'register.read_child', 'auth.login'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isBlank = (d: DateParts) => !d.day.trim() && !d.month.trim() && !d.year.trim();

/** A whole date as midnight UTC, or null when the boxes do not make a real date. */
function toDate(d: DateParts): Date | null {
  const [day, month, year] = [d.day, d.month, d.year].map((p) => Number(p.trim()));
  if (![day, month, year].every(Number.isInteger) || year < 2000 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCDate() === day && date.getUTCMonth() === month - 1 ? date : null;
}

/**
 * The api filter for what was typed, or the errors to show. "To" is inclusive for people and
 * exclusive for the api, so it becomes the start of the following day.
 */
export function toAuditFilter(form: AuditSearchForm): { filter: AuditEventFilter; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const filter: AuditEventFilter = {};
  const text = (value: string) => value.trim() || undefined;
  filter.action = text(form.action);
  filter.entityType = text(form.entityType);
  filter.entityId = text(form.entityId);
  const actor = form.actorUserId.trim();
  if (actor && !UUID.test(actor)) errors.push({ field: 'actor', message: 'Enter the person’s user id in the right format, like 3f2b…-…' });
  else if (actor) filter.actorUserId = actor;
  if (form.outcome) filter.outcome = form.outcome;
  let from: Date | null = null;
  if (!isBlank(form.from)) {
    from = toDate(form.from);
    if (!from) errors.push({ field: 'from-day', message: 'The “from” date must be a real date, like 27 3 2026' });
    else filter.from = from.toISOString();
  }
  if (!isBlank(form.to)) {
    const to = toDate(form.to);
    if (!to) errors.push({ field: 'to-day', message: 'The “to” date must be a real date, like 27 3 2026' });
    else if (from && to < from) errors.push({ field: 'to-day', message: 'The “to” date must be the same as or after the “from” date' });
    else filter.to = new Date(to.getTime() + 86_400_000).toISOString();
  }
  for (const key of Object.keys(filter) as Array<keyof AuditEventFilter>) if (filter[key] === undefined) delete filter[key];
  return { filter, errors };
}

/** Where an api refusal's `extensions.field` (e.g. `filter.actorUserId`) lives on the form. */
export function formFieldFor(apiField: string): string {
  const last = apiField.split('.').pop() ?? '';
  const fields: Record<string, string> = {
    action: 'action', entityType: 'entity-type', entityId: 'entity-id', actorUserId: 'actor', outcome: 'outcome', from: 'from-day', to: 'to-day',
  };
  return fields[last] ?? 'action';
}
