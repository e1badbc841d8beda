import type { DateParts } from '../concerns/concern-form';
import { isoDate } from '../concerns/concern-form';
import type { PressureActionKind, PressureReportStatus } from '../graphql/generated/graphql';
import type { FieldError } from '../layout/error-summary';

/** The council's "Record an action" form, as typed. */
export interface ActionForm {
  kind: '' | PressureActionKind;
  takenOn: DateParts;
  note: string;
}

/** What the action form lacks before the api is asked (the api checks again). `today` is YYYY-MM-DD in London. */
export function actionProblems(form: ActionForm, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!form.kind) errors.push({ field: 'action-kind', message: 'Select what kind of action it was' });
  const taken = isoDate(form.takenOn);
  if (!taken) errors.push({ field: 'taken-on-day', message: 'Enter the date the action was taken' });
  else if (taken > today) errors.push({ field: 'taken-on-day', message: 'The date the action was taken must be today or in the past' });
  if (form.note.trim().length < 3) errors.push({ field: 'action-note', message: 'Enter what was done, and with whom' });
  return errors;
}

export function outcomeProblems(summary: string): FieldError[] {
  return summary.trim().length < 10 ? [{ field: 'outcome-summary', message: 'Enter what came of it, for the school (at least 10 characters)' }] : [];
}

export function additionProblems(text: string, links: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!text.trim()) errors.push({ field: 'addition-text', message: 'Enter what you want to add' });
  const bad = splitLinks(links).find((l) => !/^https?:\/\/\S+$/i.test(l));
  if (bad) errors.push({ field: 'addition-links', message: `Enter each link as a full address starting https:// or http:// (not “${bad}”)` });
  return errors;
}

/** Links typed one per line (or separated by spaces). */
export const splitLinks = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** A new campaign as typed: its name, what links the reports, and the reports ticked. */
export interface CampaignForm {
  name: string;
  description: string;
  reportIds: string[];
}

export function campaignProblems(form: CampaignForm): FieldError[] {
  const errors: FieldError[] = [];
  if (form.name.trim().length < 3) errors.push({ field: 'campaign-name', message: 'Enter a name for the campaign (at least 3 characters)' });
  if (form.description.trim().length < 3) errors.push({ field: 'campaign-description', message: 'Enter what links the reports' });
  if (form.reportIds.length < 2) errors.push({ field: 'campaign-reports', message: 'Select at least two reports to link' });
  return errors;
}

/** One step of a report's way through the council, for the school's "Where it is" list. */
export interface ProgressStep {
  label: string;
  done: boolean;
  at: string | null;
}

/** Sent → acknowledged → action in progress → resolved: which steps are done, and when. */
export function progressSteps(report: {
  status: PressureReportStatus; submittedAt: string; acknowledgedAt?: string | null; actionStartedAt?: string | null; resolvedAt?: string | null;
}): ProgressStep[] {
  const order: PressureReportStatus[] = ['SUBMITTED', 'ACKNOWLEDGED', 'ACTION_IN_PROGRESS', 'RESOLVED'];
  const reached = order.indexOf(report.status);
  return [
    { label: 'Sent to the council', done: true, at: report.submittedAt },
    { label: 'Acknowledged by the council', done: reached >= 1, at: report.acknowledgedAt ?? null },
    { label: 'The council is taking action', done: reached >= 2, at: report.actionStartedAt ?? null },
    { label: 'Resolved', done: reached >= 3, at: report.resolvedAt ?? null },
  ];
}
