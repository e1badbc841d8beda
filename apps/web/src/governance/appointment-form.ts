import type { FieldError } from '../layout/error-summary';
import type { GoverningRole, GovernorCategory, SchoolTypeGroup } from '../graphql/generated/graphql';

/** Which roles each kind of school has (the api's ROLES_BY_TYPE): a governor of an academy does not exist. */
export function rolesFor(type: SchoolTypeGroup): GoverningRole[] {
  if (type === 'ACADEMY' || type === 'FREE_SCHOOL') return ['ACADEMY_MEMBER', 'TRUSTEE', 'LOCAL_GOVERNOR'];
  if (type === 'INDEPENDENT') return ['PROPRIETOR', 'PROPRIETOR_BODY_MEMBER'];
  return ['GOVERNOR'];
}

/** A maintained-school governor has a category; no other role does. */
export const needsCategory = (role: string) => role === 'GOVERNOR';
/** Academy members and trustees are recorded against their trust; a local governor may name it. */
export const needsTrust = (role: string) => role === 'ACADEMY_MEMBER' || role === 'TRUSTEE';
export const mayNameTrust = (role: string) => needsTrust(role) || role === 'LOCAL_GOVERNOR';

/** Who chairs what, in the words of each role: the chair of a trust, of a proprietor body. */
export function chairQuestion(role: string): string {
  if (role === 'TRUSTEE' || role === 'ACADEMY_MEMBER') return 'Do they chair the trust’s board?';
  if (role === 'PROPRIETOR_BODY_MEMBER') return 'Do they chair the proprietor body?';
  if (role === 'LOCAL_GOVERNOR') return 'Do they chair the local governing body?';
  return 'Do they chair the governing board?';
}

export const CATEGORY_LABELS: Readonly<Record<GovernorCategory, string>> = {
  PARENT: 'Parent governor',
  STAFF: 'Staff governor',
  LOCAL_AUTHORITY: 'Local authority governor',
  FOUNDATION: 'Foundation governor',
  CO_OPTED: 'Co-opted governor',
  PARTNERSHIP: 'Partnership governor',
};

export interface AppointmentDraft {
  fullName: string;
  dateOfBirth: string | null;
  /** The raw date of birth was typed (some part filled) but is not a date. */
  dateOfBirthTyped: boolean;
  livedOrWorkedAbroad: string;
  role: string;
  governorCategory: string;
  trustName: string;
  isChair: string;
  inRegulatedActivity: string;
  appointedOn: string | null;
  termEndsOn: string | null;
  termEndsOnTyped: boolean;
}

/** What the form refuses before sending, each linked to its field; `today` is London's, YYYY-MM-DD. */
export function appointmentErrors(d: AppointmentDraft, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const name = d.fullName.trim();
  if (name.length < 2) errors.push({ field: 'fullName', message: 'Enter their full name' });
  if (d.dateOfBirthTyped && !d.dateOfBirth) errors.push({ field: 'dateOfBirth', message: 'Date of birth must be a real date, for example 27 3 1980' });
  else if (d.dateOfBirth && d.dateOfBirth >= today) errors.push({ field: 'dateOfBirth', message: 'Date of birth must be in the past' });
  if (!d.livedOrWorkedAbroad) errors.push({ field: 'livedOrWorkedAbroad', message: 'Select whether they have lived or worked outside the UK' });
  if (!d.role) errors.push({ field: 'role', message: 'Select their role' });
  if (needsCategory(d.role) && !d.governorCategory) errors.push({ field: 'governorCategory', message: 'Select the kind of governor' });
  if (needsTrust(d.role) && d.trustName.trim().length < 2) errors.push({ field: 'trustName', message: 'Enter the name of the trust' });
  if (!d.isChair) errors.push({ field: 'isChair', message: 'Select whether they are the chair' });
  if (!d.inRegulatedActivity) errors.push({ field: 'inRegulatedActivity', message: 'Select whether they are in regulated activity' });
  if (!d.appointedOn) errors.push({ field: 'appointedOn', message: 'Enter the date of appointment, for example 1 9 2026' });
  else if (d.appointedOn > today) errors.push({ field: 'appointedOn', message: 'The date of appointment cannot be in the future' });
  if (d.termEndsOnTyped && !d.termEndsOn) errors.push({ field: 'termEndsOn', message: 'The end of the term of office must be a real date' });
  else if (d.termEndsOn && d.appointedOn && d.termEndsOn < d.appointedOn) {
    errors.push({ field: 'termEndsOn', message: 'The term of office must end after the date of appointment' });
  }
  return errors;
}

export interface AppointmentChange {
  appointedOn: string;
  termEndsOn: string | null;
  termEndsOnTyped: boolean;
  endedOn: string | null;
  endedOnTyped: boolean;
}

/** What the change form refuses before sending: dates that are not dates, or before the appointment (an end may be ahead: a resignation to come). */
export function changeErrors(c: AppointmentChange): FieldError[] {
  const errors: FieldError[] = [];
  if (c.termEndsOnTyped && !c.termEndsOn) errors.push({ field: 'termEndsOn', message: 'The end of the term of office must be a real date' });
  else if (c.termEndsOn && c.termEndsOn < c.appointedOn) errors.push({ field: 'termEndsOn', message: 'The term of office must end after the date of appointment' });
  if (c.endedOnTyped && !c.endedOn) errors.push({ field: 'endedOn', message: 'The date they stop governing must be a real date' });
  else if (c.endedOn && c.endedOn < c.appointedOn) errors.push({ field: 'endedOn', message: 'The date they stop governing must be after the date of appointment' });
  return errors;
}

/** Any part of a GOV.UK date input was typed. */
export const typed = (parts: { day: string; month: string; year: string }) => Boolean(parts.day.trim() || parts.month.trim() || parts.year.trim());
