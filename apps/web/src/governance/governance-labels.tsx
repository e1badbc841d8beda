import type {
  CheckKind, CheckOutcome, CheckState, GoverningRole, Rag, SchoolTypeGroup,
} from '../graphql/generated/graphql';

/** Who keeps a school's governance record in the portal. */
export const GOVERNANCE_KEEPING_ROLES = ['HEADTEACHER', 'GOVERNANCE_CLERK'];
/** Who reads an authority's completion figures. */
export const COMPLETION_READING_ROLES = ['LA_OFFICER', 'LA_MANAGER'];

export const CHECK_KIND_LABELS: Readonly<Record<CheckKind, string>> = {
  ENHANCED_DBS: 'Enhanced DBS certificate',
  BARRED_LIST: 'Barred-list check',
  SECTION_128: 'Section 128 check',
  IDENTITY: 'Identity',
  RIGHT_TO_WORK: 'Right to work',
  OVERSEAS: 'Overseas checks',
  SECRETARY_OF_STATE: 'Secretary of State check',
  DISQUALIFICATION_DECLARATION: 'Declaration of eligibility',
  BUSINESS_INTERESTS_DECLARATION: 'Declaration of business interests',
};

export const OUTCOME_LABELS: Readonly<Record<CheckOutcome, string>> = {
  CLEAR: 'Clear',
  DISCLOSED_RISK_ASSESSED: 'Information disclosed and risk-assessed',
  REFUSED: 'Refused (disqualifies)',
};

export const ROLE_LABELS: Readonly<Record<GoverningRole, string>> = {
  GOVERNOR: 'Governor',
  ACADEMY_MEMBER: 'Academy trust member',
  TRUSTEE: 'Trustee',
  LOCAL_GOVERNOR: 'Local governor',
  PROPRIETOR: 'Proprietor',
  PROPRIETOR_BODY_MEMBER: 'Member of the proprietor body',
};

export const SCHOOL_TYPE_LABELS: Readonly<Record<SchoolTypeGroup, string>> = {
  MAINTAINED: 'Maintained',
  ACADEMY: 'Academy',
  FREE_SCHOOL: 'Free school',
  SPECIAL: 'Special',
  INDEPENDENT: 'Independent',
  OTHER: 'Other',
};

/**
 * A required check's state in words: a check never done is "Missing" until its deadline and
 * "Overdue" after it; one done but falling due again is "Due for renewal".
 */
export function checkStateText(state: CheckState, doneOn: string | null | undefined): string {
  if (state === 'DONE') return 'Done';
  if (state === 'OVERDUE') return 'Overdue';
  if (state === 'REFUSED') return 'Refused';
  return doneOn ? 'Due for renewal' : 'Missing';
}

const STATE_COLOURS: Readonly<Record<CheckState, string>> = {
  DONE: 'govuk-tag--green',
  DUE: 'govuk-tag--yellow',
  OVERDUE: 'govuk-tag--red',
  REFUSED: 'govuk-tag--red',
};

/** The state as a tag whose text carries the meaning (the colour only repeats it). */
export function CheckStateTag({ state, doneOn }: { state: CheckState; doneOn?: string | null }) {
  return <strong className={`govuk-tag ${STATE_COLOURS[state]}`}>{checkStateText(state, doneOn)}</strong>;
}

const RAG_TEXT: Readonly<Record<Rag, [string, string]>> = {
  GREEN: ['Green: all checks done', 'govuk-tag--green'],
  AMBER: ['Amber: checks falling due', 'govuk-tag--yellow'],
  RED: ['Red: checks overdue or refused', 'govuk-tag--red'],
};

export function RagTag({ rag }: { rag: Rag }) {
  const [text, colour] = RAG_TEXT[rag];
  return <strong className={`govuk-tag ${colour}`}>{text}</strong>;
}
