import type { FieldError } from '../layout/error-summary';
import type { ConcernCategory, SaveConcernDraftInput, Sex } from '../graphql/generated/graphql';

/** A date as GOV.UK asks for it: day, month and year in three boxes. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** Everything the "Report a concern" form holds, as typed (kept as typed when the api refuses). */
export interface ConcernForm {
  /** `existing`: a child on the roll; `new`: details typed here; `saved`: the draft's child, unchanged. */
  childChoice: '' | 'existing' | 'new' | 'saved';
  childId: string;
  firstName: string;
  lastName: string;
  dateOfBirth: DateParts;
  sex: '' | Sex;
  postcode: string;
  categories: ConcernCategory[];
  account: string;
  occurredOn: DateParts;
  occurredTime: string;
  actionTaken: string;
  told: '' | 'yes' | 'no';
  notToldReason: string;
  immediateRisk: '' | 'yes' | 'no';
  riskCallTo: string;
  riskCallOn: DateParts;
  riskCallTime: string;
  riskCallOutcome: string;
  preventHow: string;
  preventIndicators: string;
}

const NO_DATE: DateParts = { day: '', month: '', year: '' };

export const EMPTY_FORM: ConcernForm = {
  childChoice: '', childId: '', firstName: '', lastName: '', dateOfBirth: NO_DATE, sex: '', postcode: '',
  categories: [], account: '', occurredOn: NO_DATE, occurredTime: '', actionTaken: '', told: '', notToldReason: '',
  immediateRisk: '', riskCallTo: '', riskCallOn: NO_DATE, riskCallTime: '', riskCallOutcome: '', preventHow: '', preventIndicators: '',
};

/** YYYY-MM-DD from the three boxes; null when all are empty; what was typed otherwise, for the api to refuse. */
export function isoDate(parts: DateParts): string | null {
  const [d, m, y] = [parts.day.trim(), parts.month.trim(), parts.year.trim()];
  if (!d && !m && !y) return null;
  return `${y.padStart(4, '0')}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

export function dateParts(iso: string | null | undefined): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return match ? { year: match[1], month: String(Number(match[2])), day: String(Number(match[3])) } : NO_DATE;
}

const text = (value: string) => (value.trim() ? value : null);

/** The draft as the api takes it. A draft may be incomplete: only submission checks completeness. */
export function draftInput(form: ConcernForm, concernId?: string): SaveConcernDraftInput {
  const input: SaveConcernDraftInput = {
    concernId,
    categories: form.categories,
    account: text(form.account),
    occurredOn: isoDate(form.occurredOn),
    occurredTime: text(form.occurredTime),
    actionTaken: text(form.actionTaken),
    childOrFamilyTold: form.told === '' ? null : form.told === 'yes',
    notToldReason: form.told === 'no' ? text(form.notToldReason) : null,
    immediateRisk: form.immediateRisk === 'yes',
  };
  if (form.childChoice === 'existing' && form.childId) input.childId = form.childId;
  if (form.childChoice === 'new') {
    input.child = {
      legalFirstName: form.firstName.trim(),
      legalLastName: form.lastName.trim(),
      dateOfBirth: isoDate(form.dateOfBirth) ?? '',
      sex: form.sex || 'NOT_KNOWN',
      postcode: text(form.postcode),
    };
  }
  if (form.immediateRisk === 'yes' && (form.riskCallTo.trim() || form.riskCallOutcome.trim() || isoDate(form.riskCallOn))) {
    input.riskCall = { to: form.riskCallTo.trim(), at: callTime(form), outcome: form.riskCallOutcome.trim() };
  }
  if (form.categories.includes('RADICALISATION')) {
    input.prevent = { howConcernArose: text(form.preventHow), indicators: text(form.preventIndicators) };
  }
  return input;
}

/** The call's date and London-local time as an instant; what was typed when it is not a time, for the api to refuse. */
function callTime(form: ConcernForm): string {
  const date = isoDate(form.riskCallOn) ?? '';
  const time = form.riskCallTime.trim() || '00:00';
  const at = new Date(`${date}T${time}`);
  return Number.isNaN(at.getTime()) ? `${date}T${time}` : at.toISOString();
}

/** The form control each of the api's field names points at (the error summary links there). */
const FIELD_IDS: Record<string, string> = {
  childId: 'child-choice',
  child: 'child-choice',
  'child.legalFirstName': 'first-name',
  'child.legalLastName': 'last-name',
  'child.dateOfBirth': 'date-of-birth-day',
  'child.sex': 'sex',
  'child.postcode': 'postcode',
  categories: 'categories',
  account: 'account',
  occurredOn: 'occurred-on-day',
  occurredTime: 'occurred-time',
  actionTaken: 'action-taken',
  childOrFamilyTold: 'told',
  notToldReason: 'not-told-reason',
  immediateRisk: 'immediate-risk',
  riskCall: 'risk-call-to',
  'riskCall.to': 'risk-call-to',
  'riskCall.at': 'risk-call-on-day',
  'riskCall.outcome': 'risk-call-outcome',
  'prevent.howConcernArose': 'prevent-how',
  'prevent.indicators': 'prevent-indicators',
};

/** The api's refusal as an error-summary entry linked to its field (the summary's first link when unknown). */
export function refusalToError(message: string, field: string | undefined): FieldError {
  const key = (field ?? '').replace(/^input\./, '');
  return { field: FIELD_IDS[key] ?? FIELD_IDS[key.split('.')[0]] ?? 'child-choice', message };
}
