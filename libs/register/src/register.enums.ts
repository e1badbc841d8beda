import { registerEnumType } from '@nestjs/graphql';

export enum Sex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  NOT_KNOWN = 'NOT_KNOWN',
}

export enum SenStatus {
  NONE = 'NONE',
  SEN_SUPPORT = 'SEN_SUPPORT',
  EHC_PLAN = 'EHC_PLAN',
}

export enum RegisterKind {
  CME = 'CME',
  EHE = 'EHE',
  EXCLUDED = 'EXCLUDED',
  EHCP = 'EHCP',
}

export enum EntryStatus {
  /** CME: reported, no enquiry recorded yet. */
  REPORTED = 'REPORTED',
  /** CME: enquiries under way. */
  ENQUIRIES = 'ENQUIRIES',
  /** CME: a whereabouts is recorded. */
  LOCATED = 'LOCATED',
  /** CME: closure without whereabouts proposed, waiting for an LA manager's sign-off. */
  AWAITING_SIGN_OFF = 'AWAITING_SIGN_OFF',
  /** EHE, EXCLUDED, EHCP: open and monitored. */
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export enum EntryReason {
  ABSENCE_TEN_SCHOOL_DAYS = 'ABSENCE_TEN_SCHOOL_DAYS',
  DELETED_NO_DESTINATION = 'DELETED_NO_DESTINATION',
  IDENTIFIED_BY_COUNCIL = 'IDENTIFIED_BY_COUNCIL',
  PARENT_NOTICE = 'PARENT_NOTICE',
  SCHOOL_DELETION_HOME_EDUCATION = 'SCHOOL_DELETION_HOME_EDUCATION',
  SUSPENSION = 'SUSPENSION',
  PERMANENT_EXCLUSION = 'PERMANENT_EXCLUSION',
  EHCP_NOT_FULL_TIME = 'EHCP_NOT_FULL_TIME',
  IMPORTED = 'IMPORTED',
}

/** The reasonable enquiries DfE's "Children missing education" (2024) expects before a child is treated as lost. */
export enum EnquiryKind {
  PARENTS = 'PARENTS',
  RELATIVES_AND_NEIGHBOURS = 'RELATIVES_AND_NEIGHBOURS',
  HOME_VISIT = 'HOME_VISIT',
  SCHOOL_TO_SCHOOL = 'SCHOOL_TO_SCHOOL',
  OTHER_LOCAL_AUTHORITIES = 'OTHER_LOCAL_AUTHORITIES',
  HEALTH = 'HEALTH',
  POLICE = 'POLICE',
  EVIDENCE_OF_DEPARTURE = 'EVIDENCE_OF_DEPARTURE',
}

export enum WhereaboutsKind {
  SCHOOL = 'SCHOOL',
  OTHER_LOCAL_AUTHORITY = 'OTHER_LOCAL_AUTHORITY',
  HOME_EDUCATION = 'HOME_EDUCATION',
  ABROAD = 'ABROAD',
}

export enum VisitKind {
  HOME_VISIT = 'HOME_VISIT',
  OTHER_MEETING = 'OTHER_MEETING',
  CONTACT = 'CONTACT',
  SAFETY_CHECK = 'SAFETY_CHECK',
}

export enum EducationSuitability {
  SUITABLE = 'SUITABLE',
  NOT_SUITABLE = 'NOT_SUITABLE',
  NOT_YET_ASSESSED = 'NOT_YET_ASSESSED',
}

export enum DeadlineKind {
  CME_FIRST_ENQUIRY = 'CME_FIRST_ENQUIRY',
  CME_LOCATE = 'CME_LOCATE',
  CLOSURE_SIGN_OFF = 'CLOSURE_SIGN_OFF',
  EHE_FIRST_CONTACT = 'EHE_FIRST_CONTACT',
  EHE_SEE_CHILD = 'EHE_SEE_CHILD',
  EXCLUSION_SAFETY_CHECK = 'EXCLUSION_SAFETY_CHECK',
  EXCLUSION_PROVISION = 'EXCLUSION_PROVISION',
  EHCP_VISIT = 'EHCP_VISIT',
}

registerEnumType(Sex, { name: 'Sex', description: 'Sex as recorded by the school census.' });
registerEnumType(SenStatus, { name: 'SenStatus', description: 'Special educational needs provision.' });
registerEnumType(RegisterKind, {
  name: 'RegisterKind',
  description: 'The four kinds of register entry.',
  valuesMap: {
    CME: { description: 'Child missing education.' },
    EHE: { description: 'Elective home education.' },
    EXCLUDED: { description: 'Suspended or permanently excluded.' },
    EHCP: { description: 'Has an EHC plan and is not in full-time education.' },
  },
});
registerEnumType(EntryStatus, { name: 'EntryStatus', description: 'Where a register entry is in its lifecycle.' });
registerEnumType(EntryReason, { name: 'EntryReason', description: 'Why the entry was opened.' });
registerEnumType(EnquiryKind, { name: 'EnquiryKind', description: 'A reasonable enquiry for a child missing education.' });
registerEnumType(WhereaboutsKind, { name: 'WhereaboutsKind', description: 'Where a child missing education was found to be.' });
registerEnumType(VisitKind, { name: 'VisitKind', description: 'How the council was in touch with the child or family.' });
registerEnumType(EducationSuitability, { name: 'EducationSuitability', description: 'Whether the education seen is suitable.' });
registerEnumType(DeadlineKind, { name: 'DeadlineKind', description: 'What must be done by a register deadline.' });
