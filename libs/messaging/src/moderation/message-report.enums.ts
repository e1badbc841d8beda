import { registerEnumType } from '@nestjs/graphql';

/** Why a member reported a message. */
export enum MessageReportReason {
  INTIMIDATION = 'INTIMIDATION',
  /** Personal data about a child, which belongs in a concern, not a conversation. */
  CHILD_PERSONAL_DATA = 'CHILD_PERSONAL_DATA',
  ABUSE_OR_HARASSMENT = 'ABUSE_OR_HARASSMENT',
  EXTREMIST_CONTENT = 'EXTREMIST_CONTENT',
  SPAM = 'SPAM',
  OTHER = 'OTHER',
}

registerEnumType(MessageReportReason, {
  name: 'MessageReportReason',
  description: 'Why a member reported a message.',
  valuesMap: {
    INTIMIDATION: { description: 'Intimidation or threats.' },
    CHILD_PERSONAL_DATA: { description: 'Personal data about a child, which should be raised as a concern instead.' },
    ABUSE_OR_HARASSMENT: { description: 'Abuse or harassment of a person.' },
    EXTREMIST_CONTENT: { description: 'Extremist or radicalising content.' },
    SPAM: { description: 'Spam or advertising.' },
    OTHER: { description: 'Something else (the note says what).' },
  },
});

/** Where a report stands. */
export enum MessageReportStatus {
  OPEN = 'OPEN',
  /** A moderator hid the message. */
  ACTIONED = 'ACTIONED',
  DISMISSED = 'DISMISSED',
}

registerEnumType(MessageReportStatus, {
  name: 'MessageReportStatus',
  description: 'Where a report of a message stands.',
  valuesMap: {
    OPEN: { description: 'Waiting for a moderator.' },
    ACTIONED: { description: 'A moderator hid the message.' },
    DISMISSED: { description: 'A moderator decided no action was needed.' },
  },
});
