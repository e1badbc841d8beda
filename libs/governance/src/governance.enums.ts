import { registerEnumType } from '@nestjs/graphql';

export enum GoverningRole {
  GOVERNOR = 'GOVERNOR',
  ACADEMY_MEMBER = 'ACADEMY_MEMBER',
  TRUSTEE = 'TRUSTEE',
  LOCAL_GOVERNOR = 'LOCAL_GOVERNOR',
  PROPRIETOR = 'PROPRIETOR',
  PROPRIETOR_BODY_MEMBER = 'PROPRIETOR_BODY_MEMBER',
}

registerEnumType(GoverningRole, {
  name: 'GoverningRole',
  description: 'How a person governs a school.',
  valuesMap: {
    GOVERNOR: { description: 'Governor of a maintained school (with a category).' },
    ACADEMY_MEMBER: { description: 'Member of an academy trust (recorded against the trust and the academy).' },
    TRUSTEE: { description: 'Trustee (director) of an academy trust (recorded against the trust and the academy).' },
    LOCAL_GOVERNOR: { description: 'Local governor of an academy or free school.' },
    PROPRIETOR: { description: 'Proprietor of an independent school (an individual).' },
    PROPRIETOR_BODY_MEMBER: { description: 'Member of the body that is an independent school’s proprietor.' },
  },
});

export enum GovernorCategory {
  PARENT = 'PARENT',
  STAFF = 'STAFF',
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  FOUNDATION = 'FOUNDATION',
  CO_OPTED = 'CO_OPTED',
  PARTNERSHIP = 'PARTNERSHIP',
}

registerEnumType(GovernorCategory, { name: 'GovernorCategory', description: 'Category of a maintained-school governor.' });

export enum CheckKind {
  ENHANCED_DBS = 'ENHANCED_DBS',
  BARRED_LIST = 'BARRED_LIST',
  SECTION_128 = 'SECTION_128',
  IDENTITY = 'IDENTITY',
  RIGHT_TO_WORK = 'RIGHT_TO_WORK',
  OVERSEAS = 'OVERSEAS',
  SECRETARY_OF_STATE = 'SECRETARY_OF_STATE',
  DISQUALIFICATION_DECLARATION = 'DISQUALIFICATION_DECLARATION',
  BUSINESS_INTERESTS_DECLARATION = 'BUSINESS_INTERESTS_DECLARATION',
}

export const CHECK_LABELS: Readonly<Record<CheckKind, string>> = {
  ENHANCED_DBS: 'enhanced DBS certificate',
  BARRED_LIST: 'barred list check',
  SECTION_128: 'section 128 check',
  IDENTITY: 'identity',
  RIGHT_TO_WORK: 'right to work',
  OVERSEAS: 'overseas checks',
  SECRETARY_OF_STATE: 'Secretary of State check',
  DISQUALIFICATION_DECLARATION: 'declaration of eligibility (disqualification)',
  BUSINESS_INTERESTS_DECLARATION: 'declaration of business interests',
};

registerEnumType(CheckKind, {
  name: 'CheckKind',
  description: 'A suitability check or declaration.',
  valuesMap: Object.fromEntries(Object.entries(CHECK_LABELS).map(([k, v]) => [k, { description: v[0].toUpperCase() + v.slice(1) + '.' }])),
});

export enum CheckOutcome {
  CLEAR = 'CLEAR',
  DISCLOSED_RISK_ASSESSED = 'DISCLOSED_RISK_ASSESSED',
  REFUSED = 'REFUSED',
}

registerEnumType(CheckOutcome, {
  name: 'CheckOutcome',
  description: 'What a check found.',
  valuesMap: {
    CLEAR: { description: 'Nothing to note.' },
    DISCLOSED_RISK_ASSESSED: { description: 'Information disclosed, and risk-assessed before appointment continued.' },
    REFUSED: { description: 'The person refused the check, which disqualifies them.' },
  },
});

export enum CheckState {
  DONE = 'DONE',
  DUE = 'DUE',
  OVERDUE = 'OVERDUE',
  REFUSED = 'REFUSED',
}

registerEnumType(CheckState, {
  name: 'CheckState',
  description: 'Where a required check stands today.',
  valuesMap: {
    DONE: { description: 'Done, and not yet due for renewal.' },
    DUE: { description: 'Not done yet; its deadline has not passed.' },
    OVERDUE: { description: 'Not done (or not renewed) by its deadline.' },
    REFUSED: { description: 'Refused by the person: they are disqualified.' },
  },
});

export enum Rag {
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  RED = 'RED',
}

registerEnumType(Rag, {
  name: 'Rag',
  description: 'Red, amber or green.',
  valuesMap: {
    GREEN: { description: 'Every required check done.' },
    AMBER: { description: 'Checks still within their deadline.' },
    RED: { description: 'A check overdue or refused.' },
  },
});
