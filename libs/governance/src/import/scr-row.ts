import { isIsoDate } from '@safeguard/calendar';
import { CheckKind, CheckOutcome, GoverningRole, GovernorCategory } from '../governance.enums';
import type { GovernancePersonInput, RecordAppointmentInput, RecordSuitabilityCheckInput } from '../people/governance.inputs';

/**
 * One governor's row of a school's single central record, as exported from a spreadsheet.
 * Headers are matched loosely (case, spaces, underscores); values are trimmed. Dates are
 * YYYY-MM-DD or DD/MM/YYYY; yes/no columns take yes/no, y/n, true/false, 1/0 or blank.
 */
export type RawScrRow = Record<string, string>;

export const DEFAULT_CHECKED_BY = 'Imported from the single central record';

/** Each check column, and the check its date records (outcome CLEAR). */
export const CHECK_COLUMNS: ReadonlyArray<readonly [column: string, kind: CheckKind]> = [
  ['dbs_on', CheckKind.ENHANCED_DBS],
  ['barred_list_on', CheckKind.BARRED_LIST],
  ['section_128_on', CheckKind.SECTION_128],
  ['identity_on', CheckKind.IDENTITY],
  ['right_to_work_on', CheckKind.RIGHT_TO_WORK],
  ['overseas_on', CheckKind.OVERSEAS],
  ['secretary_of_state_on', CheckKind.SECRETARY_OF_STATE],
  ['disqualification_declaration_on', CheckKind.DISQUALIFICATION_DECLARATION],
  ['business_interests_declaration_on', CheckKind.BUSINESS_INTERESTS_DECLARATION],
];

/** Every column the import reads, as documented; others are reported as ignored. */
export const SCR_COLUMNS: readonly string[] = [
  'school_urn', 'full_name', 'date_of_birth', 'role', 'governor_category', 'trust_name', 'is_chair', 'regulated_activity',
  'lived_abroad', 'appointed_on', 'term_ends_on', 'dbs_applied_on', 'dbs_certificate_number', 'checked_by',
  ...CHECK_COLUMNS.map(([column]) => column),
];

/** Columns without which no row could be read. */
export const REQUIRED_COLUMNS: readonly string[] = ['full_name', 'role', 'appointed_on'];

/** Headers spreadsheets commonly use for the same thing. */
const ALIASES: Readonly<Record<string, string>> = { name: 'fullname', dob: 'dateofbirth', urn: 'schoolurn' };

/** The key a header is matched on: "School URN", "school_urn" and "SchoolUrn" are one column. */
export function headerKey(header: string): string {
  const key = header.toLowerCase().replace(/[^a-z0-9]/g, '');
  return ALIASES[key] ?? key;
}

export interface ScrRefusal {
  /** The column at fault (as documented, e.g. "dbs_on"), or null for the row as a whole. */
  field: string | null;
  reason: string;
}

export interface ScrCheck {
  /** The column the check came from, to name it in a refusal. */
  column: string;
  input: Omit<RecordSuitabilityCheckInput, 'appointmentId'>;
}

export interface ScrRow {
  schoolUrn: number | null;
  appointment: Omit<RecordAppointmentInput, 'schoolId' | 'personId' | 'person'> & { person: GovernancePersonInput };
  checks: ScrCheck[];
}

export type ScrRowResult = { row: ScrRow } | { refusals: ScrRefusal[] };

const words = (value: string) => value.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Role names as spreadsheets spell them; the enum names themselves are accepted too. */
const ROLE_NAMES: ReadonlyMap<string, GoverningRole> = new Map([
  ...Object.values(GoverningRole).map((role) => [words(role), role] as const),
  ['governor', GoverningRole.GOVERNOR],
  ['school governor', GoverningRole.GOVERNOR],
  ['member', GoverningRole.ACADEMY_MEMBER],
  ['trust member', GoverningRole.ACADEMY_MEMBER],
  ['member of the trust', GoverningRole.ACADEMY_MEMBER],
  ['trustee', GoverningRole.TRUSTEE],
  ['academy trustee', GoverningRole.TRUSTEE],
  ['director', GoverningRole.TRUSTEE],
  ['trust director', GoverningRole.TRUSTEE],
  ['local governor', GoverningRole.LOCAL_GOVERNOR],
  ['academy local governor', GoverningRole.LOCAL_GOVERNOR],
  ['local governing body member', GoverningRole.LOCAL_GOVERNOR],
  ['proprietor', GoverningRole.PROPRIETOR],
  ['proprietor body member', GoverningRole.PROPRIETOR_BODY_MEMBER],
  ['member of the proprietor body', GoverningRole.PROPRIETOR_BODY_MEMBER],
  ['member of proprietor body', GoverningRole.PROPRIETOR_BODY_MEMBER],
]);

const CATEGORY_NAMES: ReadonlyMap<string, GovernorCategory> = new Map([
  ...Object.values(GovernorCategory).map((category) => [words(category), category] as const),
  ['la', GovernorCategory.LOCAL_AUTHORITY],
  ['co opted', GovernorCategory.CO_OPTED],
  ['coopted', GovernorCategory.CO_OPTED],
]);

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0', '']);

/** Reads one row; every problem in it is reported, not just the first. */
export function parseScrRow(raw: RawScrRow): ScrRowResult {
  const refusals: ScrRefusal[] = [];
  const refuse = (field: string | null, reason: string) => {
    refusals.push({ field, reason });
    return undefined;
  };
  const text = (column: string): string => (raw[headerKey(column)] ?? '').trim();

  const date = (column: string, required = false): string | undefined => {
    const value = text(column);
    if (!value) return required ? refuse(column, `${column} is missing`) : undefined;
    const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
    const iso = uk ? `${uk[3]}-${uk[2].padStart(2, '0')}-${uk[1].padStart(2, '0')}` : value;
    return isIsoDate(iso) ? iso : refuse(column, `${column} "${value}" is not a date (YYYY-MM-DD or DD/MM/YYYY)`);
  };

  const flag = (column: string): boolean => {
    const value = text(column).toLowerCase();
    if (YES.has(value)) return true;
    if (!NO.has(value)) refuse(column, `${column} "${text(column)}" is not yes or no`);
    return false;
  };

  const bounded = (column: string, max: number): string | undefined => {
    const value = text(column).replace(/\s+/g, ' ');
    if (value.length > max) return refuse(column, `${column} is longer than ${max} characters`);
    return value || undefined;
  };

  let schoolUrn: number | null = null;
  const urnText = text('school_urn');
  if (urnText) {
    if (/^\d{6,7}$/.test(urnText)) schoolUrn = Number(urnText);
    else refuse('school_urn', `school_urn "${urnText}" is not a URN (6 or 7 digits)`);
  }

  const fullName = text('full_name').replace(/\s+/g, ' ');
  if (!fullName) refuse('full_name', 'full_name is missing');
  else if (fullName.length < 2) refuse('full_name', 'full_name is too short');
  else if (fullName.length > 200) refuse('full_name', 'full_name is longer than 200 characters');

  const roleText = text('role');
  const role = ROLE_NAMES.get(words(roleText));
  if (!roleText) refuse('role', 'role is missing');
  else if (!role) refuse('role', `role "${roleText}" is not one of: governor, academy member, trustee, local governor, proprietor, proprietor body member`);

  const categoryText = text('governor_category');
  const governorCategory = categoryText ? CATEGORY_NAMES.get(words(categoryText).replace(/ governor$/, '')) : undefined;
  if (categoryText && !governorCategory) {
    refuse('governor_category', `governor_category "${categoryText}" is not one of: parent, staff, local authority, foundation, co-opted, partnership`);
  }

  const appointment = {
    person: { fullName, dateOfBirth: date('date_of_birth') ?? null, livedOrWorkedAbroad: flag('lived_abroad') },
    role: role ?? GoverningRole.GOVERNOR,
    governorCategory,
    trustName: bounded('trust_name', 200),
    isChair: flag('is_chair'),
    inRegulatedActivity: flag('regulated_activity'),
    appointedOn: date('appointed_on', true) ?? '',
    termEndsOn: date('term_ends_on'),
  };

  const checkedBy = bounded('checked_by', 200) ?? DEFAULT_CHECKED_BY;
  if (checkedBy.length < 2) refuse('checked_by', 'checked_by is too short');
  const checks: ScrCheck[] = [];
  for (const [column, kind] of CHECK_COLUMNS) {
    const doneOn = date(column);
    if (doneOn) checks.push({ column, input: { kind, doneOn, checkedBy, outcome: CheckOutcome.CLEAR } });
  }

  const dbs = checks.find((c) => c.input.kind === CheckKind.ENHANCED_DBS);
  const appliedOn = date('dbs_applied_on');
  if (appliedOn) {
    if (dbs) dbs.input.appliedOn = appliedOn;
    else refuse('dbs_applied_on', 'dbs_applied_on needs dbs_on: a DBS check is recorded once its certificate has come back');
  }
  // Spreadsheets show long numbers in groups; the number itself is 12 digits, leading zeros included.
  const certificate = text('dbs_certificate_number').replace(/[\s-]/g, '');
  if (certificate) {
    if (!/^\d{12}$/.test(certificate)) {
      // The number is not echoed: the reply may be logged or shown where the record itself is not.
      refuse('dbs_certificate_number', 'dbs_certificate_number must be the 12-digit certificate number (a spreadsheet may have dropped its leading zeros: format the column as text)');
    } else if (!dbs) {
      refuse('dbs_certificate_number', 'dbs_certificate_number needs dbs_on, the certificate’s date');
    } else {
      dbs.input.reference = certificate;
    }
  }

  if (refusals.length) return { refusals };
  return { row: { schoolUrn, appointment, checks } };
}
