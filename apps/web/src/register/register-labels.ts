/**
 * How the register's codes read on a page, in the words the council's team uses. Kept apart from
 * the api's labels because the portal's screens name the child, which notifications never do.
 */
export const KIND_LABELS: Record<string, string> = {
  CME: 'Child missing education',
  EHE: 'Elective home education',
  EXCLUDED: 'Suspended or excluded',
  EHCP: 'EHC plan, not in full-time education',
};

export const STATUS_LABELS: Record<string, string> = {
  REPORTED: 'Reported',
  ENQUIRIES: 'Enquiries',
  LOCATED: 'Located',
  AWAITING_SIGN_OFF: 'Awaiting sign-off',
  OPEN: 'Open',
  CLOSED: 'Closed',
};

export const FLAG_LABELS: Record<string, string> = {
  OVERDUE: 'Overdue',
  NEVER_SEEN: 'Never seen',
  NOT_SEEN_IN_PERIOD: 'Not seen within the period',
  PRIORITY: 'Priority',
  NO_SAFETY_CHECK_IN_TIME: 'No safety check in time',
  NEVER_VISITED: 'Never visited',
  VISIT_OVERDUE: 'Visit overdue',
};

export const ENQUIRY_LABELS: Record<string, string> = {
  PARENTS: 'Parents or carers',
  RELATIVES_AND_NEIGHBOURS: 'Relatives and neighbours',
  HOME_VISIT: 'Home visit',
  SCHOOL_TO_SCHOOL: 'School to school (including the common transfer file)',
  OTHER_LOCAL_AUTHORITIES: 'Other local authorities',
  HEALTH: 'Health services',
  POLICE: 'Police',
  EVIDENCE_OF_DEPARTURE: 'Evidence of departure abroad',
};

export const DEADLINE_LABELS: Record<string, string> = {
  CME_FIRST_ENQUIRY: 'First enquiry',
  CME_LOCATE: 'Locate the child',
  CLOSURE_SIGN_OFF: 'Manager’s sign-off of the closure',
  EHE_FIRST_CONTACT: 'First contact with the family',
  EHE_SEE_CHILD: 'See the child',
  EXCLUSION_SAFETY_CHECK: 'Safety check',
  EXCLUSION_PROVISION: 'Education from the sixth school day',
  EHCP_VISIT: 'Visit',
};

export const WHEREABOUTS_LABELS: Record<string, string> = {
  SCHOOL: 'At a school',
  OTHER_LOCAL_AUTHORITY: 'In another local authority',
  HOME_EDUCATION: 'Home educated',
  ABROAD: 'Abroad',
};

export const REASON_LABELS: Record<string, string> = {
  ABSENCE_TEN_SCHOOL_DAYS: 'Absent for 10 consecutive school days',
  DELETED_NO_DESTINATION: 'Deleted from roll with no known destination',
  EHCP_NOT_FULL_TIME: 'EHC plan, not in full-time education',
  IDENTIFIED_BY_COUNCIL: 'Identified by the council',
  IMPORTED: 'Imported',
  PARENT_NOTICE: 'Parent’s notice',
  PERMANENT_EXCLUSION: 'Permanent exclusion',
  SCHOOL_DELETION_HOME_EDUCATION: 'Deleted from roll for home education',
  SUSPENSION: 'Suspension',
};

export const VISIT_LABELS: Record<string, string> = {
  HOME_VISIT: 'Home visit',
  CONTACT: 'Contact (telephone, letter or e-mail)',
  OTHER_MEETING: 'Other meeting',
  SAFETY_CHECK: 'Safety check',
};

export const SUITABILITY_LABELS: Record<string, string> = {
  SUITABLE: 'Suitable',
  NOT_SUITABLE: 'Not suitable',
  NOT_YET_ASSESSED: 'Not yet assessed',
};

export const label = (labels: Record<string, string>, code: string): string => labels[code] ?? code;

/** The council's team (the api's WorkRegister): officers and managers. */
export const REGISTER_WORK_ROLES = new Set(['LA_OFFICER', 'LA_MANAGER']);

/** 1 December 2026, from 2026-12-01, as GOV.UK writes dates. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
