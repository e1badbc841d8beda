import type { ConcernCategory, ConcernStatus, DecisionOutcome, ThresholdLevel } from '../graphql/generated/graphql';

/** The api's words for each category (libs/concerns concern.enums.ts), as a DSL would read them. */
export const CATEGORY_LABELS: Readonly<Record<ConcernCategory, string>> = {
  RADICALISATION: 'Radicalisation or extremism (Prevent)',
  CHILD_SEXUAL_EXPLOITATION: 'Child sexual exploitation',
  CHILD_CRIMINAL_EXPLOITATION: 'Child criminal exploitation',
  PHYSICAL_ABUSE: 'Physical abuse',
  EMOTIONAL_ABUSE: 'Emotional abuse',
  SEXUAL_ABUSE: 'Sexual abuse',
  NEGLECT: 'Neglect',
  DOMESTIC_ABUSE: 'Domestic abuse',
  MISSING_FROM_HOME_OR_CARE: 'Missing from home or care',
  MISSING_EDUCATION: 'Missing education',
  FEMALE_GENITAL_MUTILATION: 'Female genital mutilation',
  ONLINE_HARM: 'Online harm',
  OTHER: 'Other',
};

export const CATEGORIES = Object.keys(CATEGORY_LABELS) as ConcernCategory[];

/** Each status as a tag: the words carry the meaning, the colour only repeats it. */
export const STATUS_TAGS: Readonly<Record<ConcernStatus, { text: string; colour: string }>> = {
  DRAFT: { text: 'Draft', colour: 'govuk-tag--grey' },
  AWAITING_DECISION: { text: 'Awaiting decision', colour: 'govuk-tag--blue' },
  AWAITING_SIGN_OFF: { text: 'Awaiting sign-off', colour: 'govuk-tag--yellow' },
  DECIDED: { text: 'Decided', colour: 'govuk-tag--green' },
};

export const OUTCOME_LABELS: Readonly<Record<DecisionOutcome, string>> = {
  NO_FURTHER_ACTION: 'No further action',
  ADVICE_OR_SIGNPOSTING: 'Advice or signposting',
  EARLY_HELP: 'Early help',
  CHILDRENS_SOCIAL_CARE: 'Referral to children’s social care (MASH)',
  STRATEGY_DISCUSSION: 'Strategy discussion',
  PREVENT_REFERRAL: 'Prevent referral (Channel)',
  POLICE: 'Referral to the police',
};

export const THRESHOLD_LABELS: Readonly<Record<ThresholdLevel, string>> = {
  UNIVERSAL: 'Level 1: universal services',
  ADDITIONAL_NEEDS: 'Level 2: additional needs (early help)',
  COMPLEX_NEEDS: 'Level 3: complex needs (child in need)',
  SIGNIFICANT_HARM: 'Level 4: significant harm',
};

export function StatusTag({ status }: { status: ConcernStatus }) {
  const tag = STATUS_TAGS[status];
  return <strong className={`govuk-tag ${tag.colour}`}>{tag.text}</strong>;
}

/**
 * Time left before the one-working-day deadline, in words (never colour alone): "3 hours left",
 * or "Overdue by 2 hours".
 */
export function timeLeft(hours: number | null | undefined): string {
  if (hours == null) return 'Decided';
  const whole = Math.max(Math.round(Math.abs(hours)), hours === 0 ? 0 : 1);
  const span = whole >= 48 ? `${Math.round(whole / 24)} days` : `${whole} ${whole === 1 ? 'hour' : 'hours'}`;
  return hours < 0 ? `Overdue by ${span}` : `${span} left`;
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });
}
