import { DeadlineKind } from '../register.enums';

/** How a deadline reads in a notification or on a page. Notifications never name the child. */
export const DEADLINE_LABELS: Readonly<Record<DeadlineKind, string>> = {
  CME_FIRST_ENQUIRY: 'first enquiry for a child missing education',
  CME_LOCATE: 'locating a child missing education',
  CLOSURE_SIGN_OFF: 'sign-off of a closure without whereabouts',
  EHE_FIRST_CONTACT: 'first contact with a home-educating family',
  EHE_SEE_CHILD: 'seeing a home-educated child',
  EXCLUSION_SAFETY_CHECK: 'safety check on an excluded child',
  EXCLUSION_PROVISION: 'education from the sixth day of an exclusion',
  EHCP_VISIT: 'visit to a child with an EHC plan out of full-time education',
};
