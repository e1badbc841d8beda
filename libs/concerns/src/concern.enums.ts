import { registerEnumType } from '@nestjs/graphql';

export enum ConcernCategory {
  RADICALISATION = 'RADICALISATION',
  CHILD_SEXUAL_EXPLOITATION = 'CHILD_SEXUAL_EXPLOITATION',
  CHILD_CRIMINAL_EXPLOITATION = 'CHILD_CRIMINAL_EXPLOITATION',
  PHYSICAL_ABUSE = 'PHYSICAL_ABUSE',
  EMOTIONAL_ABUSE = 'EMOTIONAL_ABUSE',
  SEXUAL_ABUSE = 'SEXUAL_ABUSE',
  NEGLECT = 'NEGLECT',
  DOMESTIC_ABUSE = 'DOMESTIC_ABUSE',
  MISSING_FROM_HOME_OR_CARE = 'MISSING_FROM_HOME_OR_CARE',
  MISSING_EDUCATION = 'MISSING_EDUCATION',
  FEMALE_GENITAL_MUTILATION = 'FEMALE_GENITAL_MUTILATION',
  ONLINE_HARM = 'ONLINE_HARM',
  OTHER = 'OTHER',
}

export const CATEGORY_LABELS: Readonly<Record<ConcernCategory, string>> = {
  RADICALISATION: 'radicalisation or extremism (Prevent)',
  CHILD_SEXUAL_EXPLOITATION: 'child sexual exploitation',
  CHILD_CRIMINAL_EXPLOITATION: 'child criminal exploitation',
  PHYSICAL_ABUSE: 'physical abuse',
  EMOTIONAL_ABUSE: 'emotional abuse',
  SEXUAL_ABUSE: 'sexual abuse',
  NEGLECT: 'neglect',
  DOMESTIC_ABUSE: 'domestic abuse',
  MISSING_FROM_HOME_OR_CARE: 'missing from home or care',
  MISSING_EDUCATION: 'missing education',
  FEMALE_GENITAL_MUTILATION: 'female genital mutilation',
  ONLINE_HARM: 'online harm',
  OTHER: 'other',
};

registerEnumType(ConcernCategory, {
  name: 'ConcernCategory',
  description: 'What a safeguarding concern is about; a concern has one or more.',
  valuesMap: Object.fromEntries(Object.entries(CATEGORY_LABELS).map(([k, v]) => [k, { description: v[0].toUpperCase() + v.slice(1) + '.' }])),
});

export enum ConcernStatus {
  /** Saved by its author, seen by no one else, still editable. */
  DRAFT = 'DRAFT',
  /** At the council's front door, waiting for a decision. */
  AWAITING_DECISION = 'AWAITING_DECISION',
  /** Decided by an unqualified officer; the decision waits for a manager's sign-off. */
  AWAITING_SIGN_OFF = 'AWAITING_SIGN_OFF',
  /** A decision is in effect. */
  DECIDED = 'DECIDED',
}

registerEnumType(ConcernStatus, {
  name: 'ConcernStatus',
  description: 'Where a concern is on its way through the council’s front door.',
  valuesMap: {
    DRAFT: { description: 'Saved by its author and seen by no one else; still editable.' },
    AWAITING_DECISION: { description: 'Submitted; waiting for the council to decide.' },
    AWAITING_SIGN_OFF: { description: 'Decided by an unqualified officer; waiting for a manager’s sign-off.' },
    DECIDED: { description: 'A decision is in effect.' },
  },
});

export enum DecisionOutcome {
  NO_FURTHER_ACTION = 'NO_FURTHER_ACTION',
  ADVICE_OR_SIGNPOSTING = 'ADVICE_OR_SIGNPOSTING',
  EARLY_HELP = 'EARLY_HELP',
  CHILDRENS_SOCIAL_CARE = 'CHILDRENS_SOCIAL_CARE',
  STRATEGY_DISCUSSION = 'STRATEGY_DISCUSSION',
  PREVENT_REFERRAL = 'PREVENT_REFERRAL',
  POLICE = 'POLICE',
}

export const OUTCOME_LABELS: Readonly<Record<DecisionOutcome, string>> = {
  NO_FURTHER_ACTION: 'no further action',
  ADVICE_OR_SIGNPOSTING: 'advice or signposting',
  EARLY_HELP: 'early help',
  CHILDRENS_SOCIAL_CARE: 'referral to children’s social care (MASH)',
  STRATEGY_DISCUSSION: 'strategy discussion',
  PREVENT_REFERRAL: 'Prevent referral (Channel)',
  POLICE: 'referral to the police',
};

registerEnumType(DecisionOutcome, {
  name: 'DecisionOutcome',
  description: 'What the council decided to do about a concern.',
  valuesMap: {
    NO_FURTHER_ACTION: { description: 'No further action by the council.' },
    ADVICE_OR_SIGNPOSTING: { description: 'Advice to the school, or signposting to other services.' },
    EARLY_HELP: { description: 'Early help.' },
    CHILDRENS_SOCIAL_CARE: { description: 'Referral to children’s social care through the multi-agency safeguarding hub.' },
    STRATEGY_DISCUSSION: { description: 'Strategy discussion: reasonable cause to suspect significant harm.' },
    PREVENT_REFERRAL: { description: 'Prevent referral, for a Channel panel.' },
    POLICE: { description: 'Referral to the police.' },
  },
});

/** The levels of a local threshold document ("right help, right time"), the criteria a decision relies on. */
export enum ThresholdLevel {
  UNIVERSAL = 'UNIVERSAL',
  ADDITIONAL_NEEDS = 'ADDITIONAL_NEEDS',
  COMPLEX_NEEDS = 'COMPLEX_NEEDS',
  SIGNIFICANT_HARM = 'SIGNIFICANT_HARM',
}

registerEnumType(ThresholdLevel, {
  name: 'ThresholdLevel',
  description: 'The level of need in the local threshold document a decision relies on.',
  valuesMap: {
    UNIVERSAL: { description: 'Level 1: needs met by universal services.' },
    ADDITIONAL_NEEDS: { description: 'Level 2: additional needs, early help.' },
    COMPLEX_NEEDS: { description: 'Level 3: complex needs, child in need.' },
    SIGNIFICANT_HARM: { description: 'Level 4: child suffering, or likely to suffer, significant harm.' },
  },
});

export enum DecisionStatus {
  AWAITING_SIGN_OFF = 'AWAITING_SIGN_OFF',
  IN_EFFECT = 'IN_EFFECT',
  CHANGED_AT_SIGN_OFF = 'CHANGED_AT_SIGN_OFF',
}

registerEnumType(DecisionStatus, {
  name: 'DecisionStatus',
  description: 'Whether a decision has taken effect.',
  valuesMap: {
    AWAITING_SIGN_OFF: { description: 'An unqualified officer’s decision, not in effect until a manager signs it off.' },
    IN_EFFECT: { description: 'In effect: made by a qualified officer or manager, or agreed at sign-off.' },
    CHANGED_AT_SIGN_OFF: { description: 'Replaced at sign-off by a manager’s decision, with a reason.' },
  },
});

export enum SignOffVerdict {
  AGREE = 'AGREE',
  CHANGE = 'CHANGE',
}

registerEnumType(SignOffVerdict, {
  name: 'SignOffVerdict',
  description: 'A manager’s sign-off of an unqualified officer’s decision.',
  valuesMap: {
    AGREE: { description: 'The decision takes effect as made.' },
    CHANGE: { description: 'The manager’s own decision replaces it (a reason is required).' },
  },
});

export enum ChannelOutcome {
  ADOPTED = 'ADOPTED',
  NOT_ADOPTED_OTHER_SUPPORT = 'NOT_ADOPTED_OTHER_SUPPORT',
  NOT_ADOPTED_NO_FURTHER_ACTION = 'NOT_ADOPTED_NO_FURTHER_ACTION',
  CONSENT_DECLINED = 'CONSENT_DECLINED',
}

registerEnumType(ChannelOutcome, {
  name: 'ChannelOutcome',
  description: 'What a Channel panel did with a Prevent referral (Channel is voluntary).',
  valuesMap: {
    ADOPTED: { description: 'Adopted as a Channel case.' },
    NOT_ADOPTED_OTHER_SUPPORT: { description: 'Not adopted; other support offered.' },
    NOT_ADOPTED_NO_FURTHER_ACTION: { description: 'Not adopted; no further action.' },
    CONSENT_DECLINED: { description: 'The child or family declined support.' },
  },
});

export enum ConcernDeadlineKind {
  DECISION = 'DECISION',
  SIGN_OFF = 'SIGN_OFF',
}

registerEnumType(ConcernDeadlineKind, {
  name: 'ConcernDeadlineKind',
  description: 'What a front-door deadline is for.',
  valuesMap: {
    DECISION: { description: 'A decision on the concern (one working day).' },
    SIGN_OFF: { description: 'A manager’s sign-off of an unqualified officer’s decision (the authority’s window).' },
  },
});
