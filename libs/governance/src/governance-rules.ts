import { addDays, addMonths, IsoDate } from '@safeguard/calendar';
import { SchoolTypeGroup } from '@safeguard/organisations';
import { CheckKind, GoverningRole } from './governance.enums';

/**
 * Which suitability checks each appointment needs, and by when: the one place the guidance is
 * encoded. Each rule names its source and the day that source was read; a change in guidance is
 * an edit here (governance-rules.spec.ts pins each row to the guidance).
 */

/** The facts about an appointment the rules look at. */
export interface AppointmentFacts {
  schoolType: SchoolTypeGroup;
  role: GoverningRole;
  isChair: boolean;
  inRegulatedActivity: boolean;
  livedOrWorkedAbroad: boolean;
  appointedOn: IsoDate;
}

/** How a done check stays current. */
export enum Renewal {
  /** Done once for the appointment. */
  NONE = 'NONE',
  /** Re-checked a year after it was done (DBS update-service status), unless the record gives its own date. */
  YEARLY = 'YEARLY',
  /** Made again each school year, from 1 September. */
  SCHOOL_YEAR = 'SCHOOL_YEAR',
}

export interface CheckRule {
  check: CheckKind;
  schoolTypes: readonly SchoolTypeGroup[];
  roles: readonly GoverningRole[];
  /** Further conditions on the person (e.g. only in regulated activity). */
  applies?: (facts: AppointmentFacts) => boolean;
  /** Days after appointment by which it must be done (for DBS: applied for). */
  dueWithinDays: number;
  renewal: Renewal;
  source: string;
  /** When the source was last read against this rule. */
  sourceReadOn: IsoDate;
}

/** Schools governed as maintained schools (a governing board): maintained, special and PRUs' committees. */
export const MAINTAINED_TYPES: readonly SchoolTypeGroup[] = [SchoolTypeGroup.MAINTAINED, SchoolTypeGroup.SPECIAL, SchoolTypeGroup.OTHER];
export const ACADEMY_TYPES: readonly SchoolTypeGroup[] = [SchoolTypeGroup.ACADEMY, SchoolTypeGroup.FREE_SCHOOL];
export const INDEPENDENT_TYPES: readonly SchoolTypeGroup[] = [SchoolTypeGroup.INDEPENDENT];

/** Which roles each kind of school has. */
export const ROLES_BY_TYPE: ReadonlyArray<[readonly SchoolTypeGroup[], readonly GoverningRole[]]> = [
  [MAINTAINED_TYPES, [GoverningRole.GOVERNOR]],
  [ACADEMY_TYPES, [GoverningRole.ACADEMY_MEMBER, GoverningRole.TRUSTEE, GoverningRole.LOCAL_GOVERNOR]],
  [INDEPENDENT_TYPES, [GoverningRole.PROPRIETOR, GoverningRole.PROPRIETOR_BODY_MEMBER]],
];

export const GOVERNANCE_RULES_POLICY = Object.freeze({
  /** Local policy default: days after appointment to complete a check the guidance times only as "on appointment". */
  checksWithinDays: 21,
  /** Local policy default: declarations are made within this many days of appointment or of 1 September. */
  declarationGraceDays: 28,
  /** A school is reminded of a check this many days before it falls due. */
  reminderDaysAhead: 14,
});

const KCSIE = 'Keeping Children Safe in Education 2025, Part 3 and Annex F (governance)';
const READ_ON = '2026-11-22';
const ALL_TYPES = [...MAINTAINED_TYPES, ...ACADEMY_TYPES, ...INDEPENDENT_TYPES];
const ALL_ROLES = Object.values(GoverningRole);
const ACADEMY_ROLES = [GoverningRole.ACADEMY_MEMBER, GoverningRole.TRUSTEE, GoverningRole.LOCAL_GOVERNOR];
const inRegulatedActivity = (f: AppointmentFacts) => f.inRegulatedActivity;
const livedAbroad = (f: AppointmentFacts) => f.livedOrWorkedAbroad;
/** The chair of an academy trust, an individual proprietor and the chair of a proprietor body are checked by the Secretary of State. */
const checkedBySecretaryOfState = (f: AppointmentFacts) =>
  (f.role === GoverningRole.TRUSTEE && f.isChair) ||
  f.role === GoverningRole.PROPRIETOR ||
  (f.role === GoverningRole.PROPRIETOR_BODY_MEMBER && f.isChair);
const notBySecretaryOfState = (f: AppointmentFacts) => !checkedBySecretaryOfState(f);
const both = (...conditions: Array<(f: AppointmentFacts) => boolean>) => (f: AppointmentFacts) => conditions.every((c) => c(f));
const days = GOVERNANCE_RULES_POLICY.checksWithinDays;

export const GOVERNANCE_RULES: readonly CheckRule[] = [
  // Maintained schools: School Governance (Constitution) (England) Regulations 2012, reg. 16 and Sch. 4, as amended.
  { check: CheckKind.ENHANCED_DBS, schoolTypes: MAINTAINED_TYPES, roles: [GoverningRole.GOVERNOR], dueWithinDays: 21, renewal: Renewal.YEARLY,
    source: 'School Governance (Constitution) (England) Regulations 2012 reg. 16: enhanced DBS certificate applied for within 21 days of appointment; ' + KCSIE, sourceReadOn: READ_ON },
  { check: CheckKind.SECTION_128, schoolTypes: MAINTAINED_TYPES, roles: [GoverningRole.GOVERNOR], dueWithinDays: days, renewal: Renewal.NONE,
    source: `${KCSIE}: section 128 direction check (Education and Skills Act 2008 s.128)`, sourceReadOn: READ_ON },
  { check: CheckKind.BARRED_LIST, schoolTypes: MAINTAINED_TYPES, roles: [GoverningRole.GOVERNOR], applies: inRegulatedActivity, dueWithinDays: days, renewal: Renewal.NONE,
    source: `${KCSIE}: a barred list check only for governors in regulated activity`, sourceReadOn: READ_ON },

  // Academies and free schools: members, trustees and local governors (the chair of trustees is checked by the Secretary of State).
  ...[CheckKind.ENHANCED_DBS, CheckKind.SECTION_128, CheckKind.IDENTITY, CheckKind.RIGHT_TO_WORK].map((check) => ({
    check, schoolTypes: ACADEMY_TYPES, roles: ACADEMY_ROLES, applies: notBySecretaryOfState, dueWithinDays: days,
    renewal: check === CheckKind.ENHANCED_DBS ? Renewal.YEARLY : Renewal.NONE,
    source: `${KCSIE}: academy members, trustees and local governors; Academy Trust Handbook 2025`, sourceReadOn: READ_ON,
  })),
  { check: CheckKind.OVERSEAS, schoolTypes: ACADEMY_TYPES, roles: ACADEMY_ROLES, applies: both(notBySecretaryOfState, livedAbroad), dueWithinDays: days, renewal: Renewal.NONE,
    source: `${KCSIE}: further checks for those who have lived or worked outside the UK`, sourceReadOn: READ_ON },
  { check: CheckKind.BARRED_LIST, schoolTypes: ACADEMY_TYPES, roles: ACADEMY_ROLES, applies: both(notBySecretaryOfState, inRegulatedActivity), dueWithinDays: days, renewal: Renewal.NONE,
    source: `${KCSIE}: a barred list check only for those in regulated activity`, sourceReadOn: READ_ON },

  // Independent schools: the proprietor body's other members (the chair, or an individual proprietor, by the Secretary of State).
  ...[CheckKind.ENHANCED_DBS, CheckKind.IDENTITY, CheckKind.SECTION_128].map((check) => ({
    check, schoolTypes: INDEPENDENT_TYPES, roles: [GoverningRole.PROPRIETOR_BODY_MEMBER], applies: notBySecretaryOfState, dueWithinDays: days,
    renewal: check === CheckKind.ENHANCED_DBS ? Renewal.YEARLY : Renewal.NONE,
    source: `${KCSIE}; Education (Independent School Standards) Regulations 2014, Part 4: the chair makes sure other members are checked`, sourceReadOn: READ_ON,
  })),
  { check: CheckKind.OVERSEAS, schoolTypes: INDEPENDENT_TYPES, roles: [GoverningRole.PROPRIETOR_BODY_MEMBER], applies: both(notBySecretaryOfState, livedAbroad), dueWithinDays: days, renewal: Renewal.NONE,
    source: 'Education (Independent School Standards) Regulations 2014, Part 4: overseas checks where the person lived or worked abroad', sourceReadOn: READ_ON },
  { check: CheckKind.BARRED_LIST, schoolTypes: INDEPENDENT_TYPES, roles: [GoverningRole.PROPRIETOR_BODY_MEMBER], applies: both(notBySecretaryOfState, inRegulatedActivity), dueWithinDays: days, renewal: Renewal.NONE,
    source: `${KCSIE}: a barred list check only for those in regulated activity`, sourceReadOn: READ_ON },

  // The Secretary of State's checks, recorded when the DfE confirms them.
  { check: CheckKind.SECRETARY_OF_STATE, schoolTypes: [...ACADEMY_TYPES, ...INDEPENDENT_TYPES], roles: [GoverningRole.TRUSTEE, GoverningRole.PROPRIETOR, GoverningRole.PROPRIETOR_BODY_MEMBER],
    applies: checkedBySecretaryOfState, dueWithinDays: days, renewal: Renewal.NONE,
    source: `${KCSIE}: the chair of an academy trust, and an independent school's proprietor or the chair of its proprietor body, are checked by the Secretary of State`, sourceReadOn: READ_ON },

  // Everyone: declarations renewed each school year.
  ...[CheckKind.DISQUALIFICATION_DECLARATION, CheckKind.BUSINESS_INTERESTS_DECLARATION].map((check) => ({
    check, schoolTypes: ALL_TYPES, roles: ALL_ROLES, dueWithinDays: GOVERNANCE_RULES_POLICY.declarationGraceDays, renewal: Renewal.SCHOOL_YEAR,
    source: 'School Governance (Roles, Procedures and Allowances) (England) Regulations 2013; Academy Trust Handbook 2025: declarations renewed each school year from 1 September',
    sourceReadOn: READ_ON,
  })),
];

export interface Requirement {
  check: CheckKind;
  renewal: Renewal;
  /** The first deadline, from the appointment. */
  dueOn: IsoDate;
  source: string;
}

/** The checks an appointment needs, each with its first deadline. */
export function requiredChecks(facts: AppointmentFacts): Requirement[] {
  return GOVERNANCE_RULES.filter(
    (r) => r.schoolTypes.includes(facts.schoolType) && r.roles.includes(facts.role) && (!r.applies || r.applies(facts)),
  ).map((r) => ({ check: r.check, renewal: r.renewal, dueOn: addDays(facts.appointedOn, r.dueWithinDays), source: r.source }));
}

/** Whether a role exists in a kind of school (a governor of an academy does not). */
export function roleFitsSchool(role: GoverningRole, schoolType: SchoolTypeGroup): boolean {
  return ROLES_BY_TYPE.some(([types, roles]) => types.includes(schoolType) && roles.includes(role));
}

/** 1 September starting the school year a day falls in. */
export function schoolYearStart(day: IsoDate): IsoDate {
  const year = Number(day.slice(0, 4));
  return day.slice(5) >= '09-01' ? `${year}-09-01` : `${year - 1}-09-01`;
}

/** When a yearly re-check falls due after a check done on `doneOn`. */
export function yearlyRenewal(doneOn: IsoDate): IsoDate {
  return addMonths(doneOn, 12);
}
