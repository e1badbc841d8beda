import type { FieldError } from '../layout/error-summary';
import type { EntryReason, OpenRegisterEntryInput, RegisterKind, Sex } from '../graphql/generated/graphql';
import { isoDate } from './register-form';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** What a school may report (the api's SCHOOL_REASONS), each with the register it opens. */
export const SCHOOL_REPORTS: ReadonlyArray<{ reason: EntryReason; kind: RegisterKind; label: string; hint: string }> = [
  {
    reason: 'ABSENCE_TEN_SCHOOL_DAYS', kind: 'CME', label: 'Missing education: absent for 10 school days or more',
    hint: 'Absent without explanation, and your enquiries have not found the child',
  },
  { reason: 'DELETED_NO_DESTINATION', kind: 'CME', label: 'Missing education: taken off roll with no known destination', hint: '' },
  { reason: 'SCHOOL_DELETION_HOME_EDUCATION', kind: 'EHE', label: 'Taken off roll to be educated at home', hint: 'After the parent’s written notice' },
  { reason: 'SUSPENSION', kind: 'EXCLUDED', label: 'Suspended', hint: '' },
  { reason: 'PERMANENT_EXCLUSION', kind: 'EXCLUDED', label: 'Permanently excluded', hint: '' },
];

const NO_DATE: DateParts = { day: '', month: '', year: '' };

/** Everything the "Report a child" form holds, as typed (kept as typed when the api refuses). */
export interface ReportForm {
  reason: EntryReason | '';
  schoolId: string;
  childChoice: '' | 'roll' | 'new';
  childId: string;
  firstName: string;
  lastName: string;
  dateOfBirth: DateParts;
  sex: Sex | '';
  upn: string;
  postcode: string;
  lastAttendedOn: DateParts;
  believedAbroad: '' | 'yes' | 'no';
  noticeReceivedOn: DateParts;
  startsOn: DateParts;
  endsOn: DateParts;
  summary: string;
}

export const EMPTY_REPORT: ReportForm = {
  reason: '', schoolId: '', childChoice: '', childId: '', firstName: '', lastName: '', dateOfBirth: NO_DATE, sex: '', upn: '',
  postcode: '', lastAttendedOn: NO_DATE, believedAbroad: '', noticeReceivedOn: NO_DATE, startsOn: NO_DATE, endsOn: NO_DATE, summary: '',
};

export const kindOf = (reason: EntryReason | ''): RegisterKind | undefined => SCHOOL_REPORTS.find((r) => r.reason === reason)?.kind;

/** A UPN is a letter, 11 digits and a last digit or letter (the api checks the check letter). */
const UPN = /^[A-Z]\d{11}[0-9A-Z]$/;

/** The form's own checks before anything is sent; the api checks the rest (school days, check letters). */
export function checkReport(form: ReportForm, options: { askSchool: boolean }): FieldError[] {
  const errors: FieldError[] = [];
  if (options.askSchool && !form.schoolId) errors.push({ field: 'schoolId', message: 'Select which of your schools is reporting' });
  if (!form.reason) errors.push({ field: 'reason', message: 'Select what you are reporting' });
  if (!form.childChoice) errors.push({ field: 'childChoice', message: 'Select which child you are reporting' });
  if (form.childChoice === 'roll' && !form.childId) errors.push({ field: 'childId', message: 'Select the child' });
  if (form.childChoice === 'new') {
    if (!form.firstName.trim()) errors.push({ field: 'legalFirstName', message: 'Enter the child’s legal first name' });
    if (!form.lastName.trim()) errors.push({ field: 'legalLastName', message: 'Enter the child’s legal last name' });
    if (!isoDate(form.dateOfBirth)) errors.push({ field: 'dateOfBirth', message: 'Enter the child’s date of birth, for example 27 3 2014' });
    if (!form.sex) errors.push({ field: 'sex', message: 'Select the child’s sex' });
    if (form.upn.trim() && !UPN.test(form.upn.trim().toUpperCase())) errors.push({ field: 'upn', message: 'Enter a UPN of 13 characters: a letter, then 12 more' });
  }
  if (form.reason === 'ABSENCE_TEN_SCHOOL_DAYS' && !isoDate(form.lastAttendedOn)) {
    errors.push({ field: 'lastAttendedOn', message: 'Enter the last day the child attended, for example 2 3 2026' });
  }
  if (kindOf(form.reason) === 'CME' && !form.believedAbroad) errors.push({ field: 'believedAbroad', message: 'Select whether the child may have gone abroad' });
  if (form.reason === 'SCHOOL_DELETION_HOME_EDUCATION' && !isoDate(form.noticeReceivedOn)) {
    errors.push({ field: 'noticeReceivedOn', message: 'Enter the date of the parent’s written notice' });
  }
  if (kindOf(form.reason) === 'EXCLUDED' && !isoDate(form.startsOn)) errors.push({ field: 'startsOn', message: 'Enter the first day of the exclusion' });
  if (form.reason === 'SUSPENSION') {
    const [start, end] = [isoDate(form.startsOn), isoDate(form.endsOn)];
    if (!end) errors.push({ field: 'endsOn', message: 'Enter the last day of the suspension' });
    else if (start && end < start) errors.push({ field: 'endsOn', message: 'The last day of the suspension must be on or after its first day' });
  }
  if (form.summary.trim().length < 10) errors.push({ field: 'summary', message: 'Enter what you know, in at least 10 characters' });
  return errors;
}

/** The report as the api takes it; only the details of the chosen reason are sent. */
export function reportInput(form: ReportForm, schoolId?: string): OpenRegisterEntryInput {
  const reason = form.reason as EntryReason;
  const kind = kindOf(reason)!;
  const input: OpenRegisterEntryInput = { kind, reason, summary: form.summary.trim(), schoolId: schoolId || undefined };
  if (form.childChoice === 'roll') input.childId = form.childId;
  else {
    input.child = {
      legalFirstName: form.firstName.trim(),
      legalLastName: form.lastName.trim(),
      dateOfBirth: isoDate(form.dateOfBirth) ?? '',
      sex: (form.sex || 'NOT_KNOWN') as Sex,
      upn: form.upn.trim() ? form.upn.trim().toUpperCase() : undefined,
      postcode: form.postcode.trim() || undefined,
    };
  }
  if (kind === 'CME') {
    input.cme = {
      believedAbroad: form.believedAbroad === 'yes',
      lastAttendedOn: reason === 'ABSENCE_TEN_SCHOOL_DAYS' ? isoDate(form.lastAttendedOn) : undefined,
    };
  }
  if (kind === 'EHE') input.ehe = { noticeReceivedOn: isoDate(form.noticeReceivedOn) ?? '' };
  if (kind === 'EXCLUDED') {
    input.exclusion = { startsOn: isoDate(form.startsOn) ?? '', endsOn: reason === 'SUSPENSION' ? isoDate(form.endsOn) : undefined };
  }
  return input;
}

/** The api names fields by path (`cme.lastAttendedOn`, `child.upn`); each form control's id is the last part. */
export const REPORT_FIELDS = [
  'schoolId', 'reason', 'childId', 'legalFirstName', 'legalLastName', 'dateOfBirth', 'sex', 'upn', 'postcode', 'lastAttendedOn',
  'believedAbroad', 'noticeReceivedOn', 'startsOn', 'endsOn', 'summary',
];
