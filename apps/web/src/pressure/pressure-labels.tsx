import type { CurriculumArea, PressureActionKind, PressureCategory, PressureReportStatus } from '../graphql/generated/graphql';

/** Who does what with pressure reports, as the api's permissions say (libs/policy permission.ts); the api still decides. */
export const PRESSURE_READING_ROLES = ['HEADTEACHER', 'DSL', 'GOVERNANCE_CLERK', 'LA_OFFICER', 'LA_MANAGER', 'HMI'];
export const PRESSURE_REPORTING_ROLES = ['HEADTEACHER', 'DSL', 'GOVERNANCE_CLERK'];
export const PRESSURE_ACKNOWLEDGING_ROLES = ['LA_OFFICER', 'LA_MANAGER'];

/** The api's words for each category (libs/pressure pressure.enums.ts). */
export const PRESSURE_CATEGORY_LABELS: Readonly<Record<PressureCategory, string>> = {
  INTIMIDATION_OF_STAFF: 'Intimidation of staff',
  THREAT_TO_A_PERSON: 'A threat to a person',
  SOCIAL_MEDIA_POSTS: 'Social media posts',
  ORGANISED_CAMPAIGN_OR_PROTEST: 'An organised campaign or protest',
  CURRICULUM_PRESSURE: 'Pressure to change the curriculum',
  STAFFING_PRESSURE: 'Pressure over staffing',
  GOVERNOR_PRESSURE: 'Pressure on or through governors',
  OTHER: 'Other intimidation or pressure',
};
export const PRESSURE_CATEGORIES = Object.keys(PRESSURE_CATEGORY_LABELS) as PressureCategory[];

export const CURRICULUM_AREA_LABELS: Readonly<Record<CurriculumArea, string>> = {
  PSHE: 'PSHE (personal, social, health and economic education)',
  RSE: 'Relationships, sex and health education (RSE)',
  EQUALITY: 'Equality and the protected characteristics',
  SCIENCE: 'Science',
  RELIGIOUS_EDUCATION: 'Religious education',
  OTHER: 'Another subject',
};
export const CURRICULUM_AREAS = Object.keys(CURRICULUM_AREA_LABELS) as CurriculumArea[];

export const PRESSURE_ACTION_LABELS: Readonly<Record<PressureActionKind, string>> = {
  VISIT: 'A visit to the school',
  LETTER: 'A letter',
  MEETING_WITH_PARENTS: 'A meeting with parents',
  POLICE_REFERRAL: 'A referral to the police',
  PREVENT_REFERRAL: 'A Prevent referral',
  STAFF_SUPPORT: 'Support for staff',
  OTHER: 'Another action',
};

/** Each status as a tag: the words carry the meaning, the colour only repeats it. */
const STATUS_TAGS: Readonly<Record<PressureReportStatus, { text: string; colour: string }>> = {
  SUBMITTED: { text: 'Awaiting acknowledgement', colour: 'govuk-tag--blue' },
  ACKNOWLEDGED: { text: 'Acknowledged', colour: 'govuk-tag--yellow' },
  ACTION_IN_PROGRESS: { text: 'Action in progress', colour: 'govuk-tag--purple' },
  RESOLVED: { text: 'Resolved', colour: 'govuk-tag--green' },
};

/** Each status in words, as the status filter offers it. */
export const PRESSURE_STATUS_WORDS: Readonly<Record<PressureReportStatus, string>> = Object.fromEntries(
  Object.entries(STATUS_TAGS).map(([status, tag]) => [status, tag.text]),
) as Record<PressureReportStatus, string>;

export function PressureStatusTag({ status }: { status: PressureReportStatus }) {
  const tag = STATUS_TAGS[status];
  return <strong className={`govuk-tag ${tag.colour}`}>{tag.text}</strong>;
}

/** Time left to acknowledge, in words: "20 hours left", "2 days left", "Overdue by 3 hours". */
export function acknowledgementTimeLeft(hours: number | null | undefined): string {
  if (hours == null) return 'Acknowledged';
  const whole = Math.max(Math.round(Math.abs(hours)), hours === 0 ? 0 : 1);
  const span = whole >= 48 ? `${Math.round(whole / 24)} days` : `${whole} ${whole === 1 ? 'hour' : 'hours'}`;
  return hours < 0 ? `Overdue by ${span}` : `${span} left`;
}
