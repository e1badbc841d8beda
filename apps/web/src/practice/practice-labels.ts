import type { Phase, PracticeCommentKind, PracticeSort, PracticeVisibility, SchoolTypeGroup } from '../graphql/generated/graphql';

/** Who reads the library (Permission.ReadPracticeLibrary) and who publishes, endorses and comments (PublishPractice). */
export const PRACTICE_READING_ROLES = ['HEADTEACHER', 'DSL', 'GOVERNANCE_CLERK', 'LA_OFFICER', 'LA_MANAGER', 'HMI'];
export const PRACTICE_PUBLISHING_ROLES = ['HEADTEACHER', 'DSL', 'LA_OFFICER', 'LA_MANAGER'];

export const PHASE_LABELS: Readonly<Record<Phase, string>> = {
  EARLY_YEARS: 'Early years',
  PRIMARY: 'Primary',
  SECONDARY: 'Secondary',
  POST_16: 'Post-16',
  ALL_THROUGH: 'All-through',
  SPECIAL: 'Special',
};

export const SCHOOL_TYPE_LABELS: Readonly<Record<SchoolTypeGroup, string>> = {
  MAINTAINED: 'Maintained',
  ACADEMY: 'Academy',
  FREE_SCHOOL: 'Free school',
  INDEPENDENT: 'Independent',
  SPECIAL: 'Special school',
  OTHER: 'Other provision (for example a pupil referral unit)',
};

export const VISIBILITY_LABELS: Readonly<Record<Exclude<PracticeVisibility, 'NETWORK'>, string>> = {
  LOCAL_AUTHORITY: 'Everyone in our local authority',
  EVERYONE: 'Every user of Safeguard Hub',
};

/** Who may read an entry, as its page says it. */
export const VISIBILITY_WORDS: Readonly<Record<PracticeVisibility, string>> = {
  LOCAL_AUTHORITY: 'Everyone in the local authority',
  EVERYONE: 'Every user of Safeguard Hub',
  NETWORK: 'Members of one network',
};

export const SORT_LABELS: Readonly<Record<PracticeSort, string>> = {
  RELEVANCE: 'Best match',
  NEWEST: 'Newest',
  MOST_ENDORSED: 'Most used',
};

export const COMMENT_KIND_LABELS: Readonly<Record<Exclude<PracticeCommentKind, 'ANSWER'>, string>> = {
  COMMENT: 'A comment',
  QUESTION: 'A question to the author',
};

export const COMMENT_KIND_TAGS: Readonly<Record<PracticeCommentKind, string>> = {
  COMMENT: 'Comment',
  QUESTION: 'Question',
  ANSWER: 'Answer',
};

export const endorsements = (count: number) => (count === 1 ? 'Used in 1 school' : `Used in ${count} schools`);
