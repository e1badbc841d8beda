import { registerEnumType } from '@nestjs/graphql';

export enum PracticeVisibility {
  NETWORK = 'NETWORK',
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  EVERYONE = 'EVERYONE',
}

registerEnumType(PracticeVisibility, {
  name: 'PracticeVisibility',
  description: 'Who may read a practice entry (the author’s local authority team and HMI always can).',
  valuesMap: {
    NETWORK: { description: 'Members of one of the author’s peer networks.' },
    LOCAL_AUTHORITY: { description: 'Everyone in the author’s local authority.' },
    EVERYONE: { description: 'Every user of the portal.' },
  },
});

export enum PracticeKind {
  PRACTICE = 'PRACTICE',
  GUIDANCE = 'GUIDANCE',
}

registerEnumType(PracticeKind, {
  name: 'PracticeKind',
  description: 'A school’s practice, or the council’s guidance.',
  valuesMap: {
    PRACTICE: { description: 'What a school did and what worked.' },
    GUIDANCE: { description: 'Guidance published by the council (e.g. on the Prevent duty’s four themes).' },
  },
});

export enum Phase {
  EARLY_YEARS = 'EARLY_YEARS',
  PRIMARY = 'PRIMARY',
  SECONDARY = 'SECONDARY',
  POST_16 = 'POST_16',
  ALL_THROUGH = 'ALL_THROUGH',
  SPECIAL = 'SPECIAL',
}

registerEnumType(Phase, { name: 'Phase', description: 'Phase of education a practice entry suits.' });

export enum PracticeSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  MOST_ENDORSED = 'MOST_ENDORSED',
}

registerEnumType(PracticeSort, {
  name: 'PracticeSort',
  description: 'How practice entries are ordered.',
  valuesMap: {
    RELEVANCE: { description: 'Best match to the search first (newest when there is no search).' },
    NEWEST: { description: 'Newest first.' },
    MOST_ENDORSED: { description: 'Most endorsed first.' },
  },
});

export enum CommentKind {
  COMMENT = 'COMMENT',
  QUESTION = 'QUESTION',
  ANSWER = 'ANSWER',
}

registerEnumType(CommentKind, { name: 'PracticeCommentKind', description: 'A comment, a question to the author, or an answer to a question.' });
