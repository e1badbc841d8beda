import { registerEnumType } from '@nestjs/graphql';

/** A channel inside a network, or a direct conversation between two or more people. */
export enum ConversationKind {
  CHANNEL = 'CHANNEL',
  DIRECT = 'DIRECT',
}

registerEnumType(ConversationKind, {
  name: 'ConversationKind',
  description: 'A channel inside a network, or a direct conversation.',
  valuesMap: {
    CHANNEL: { description: 'A channel inside a network.' },
    DIRECT: { description: 'Direct messages between two or more people who share a network or a local authority.' },
  },
});

/** Who may find and join a channel. */
export enum ChannelVisibility {
  /** Every active member of the network may read it and join. */
  PUBLIC = 'PUBLIC',
  /** Only its named members. */
  PRIVATE = 'PRIVATE',
}

registerEnumType(ChannelVisibility, {
  name: 'ChannelVisibility',
  description: 'Who may find and join a channel.',
  valuesMap: {
    PUBLIC: { description: 'Every active member of the network may read it and join.' },
    PRIVATE: { description: 'Only its named members.' },
  },
});

/** One person's standing in one conversation; the row stays when they go, so receipts and history stay readable. */
export enum ConversationMemberStatus {
  ACTIVE = 'ACTIVE',
  LEFT = 'LEFT',
  REMOVED = 'REMOVED',
}

registerEnumType(ConversationMemberStatus, {
  name: 'ConversationMemberStatus',
  description: 'A person’s standing in a conversation.',
  valuesMap: {
    ACTIVE: { description: 'Takes part.' },
    LEFT: { description: 'Left the conversation.' },
    REMOVED: { description: 'Removed by a moderator, or no longer in the network.' },
  },
});

/** Everything a client must learn of, in the conversation's ordered log. */
export enum ConversationEventType {
  MESSAGE_POSTED = 'MESSAGE_POSTED',
  MESSAGE_EDITED = 'MESSAGE_EDITED',
  MESSAGE_DELETED = 'MESSAGE_DELETED',
  MESSAGE_HIDDEN = 'MESSAGE_HIDDEN',
  MESSAGE_RESTORED = 'MESSAGE_RESTORED',
  REACTION_ADDED = 'REACTION_ADDED',
  REACTION_REMOVED = 'REACTION_REMOVED',
  READ_UP_TO = 'READ_UP_TO',
  MEMBER_JOINED = 'MEMBER_JOINED',
  MEMBER_LEFT = 'MEMBER_LEFT',
  MEMBER_REMOVED = 'MEMBER_REMOVED',
  MEMBER_MUTED = 'MEMBER_MUTED',
}

registerEnumType(ConversationEventType, {
  name: 'ConversationEventType',
  description: 'What happened in a conversation; every change a client must learn of is one of these, in order.',
  valuesMap: {
    MESSAGE_POSTED: { description: 'A message was posted (`message` holds it as it is now).' },
    MESSAGE_EDITED: { description: 'A message was edited (`message` holds its current text).' },
    MESSAGE_DELETED: { description: 'Its author deleted a message; its text is gone for members.' },
    MESSAGE_HIDDEN: { description: 'A moderator hid a message.' },
    MESSAGE_RESTORED: { description: 'A moderator showed a hidden message again.' },
    REACTION_ADDED: { description: 'Someone reacted to a message (`emoji`, `userId`).' },
    REACTION_REMOVED: { description: 'Someone took a reaction back (`emoji`, `userId`).' },
    READ_UP_TO: { description: 'Someone has read up to a message sequence (`userId`, `readUpTo`).' },
    MEMBER_JOINED: { description: 'Someone joined or was added (`userId`).' },
    MEMBER_LEFT: { description: 'Someone left (`userId`).' },
    MEMBER_REMOVED: { description: 'Someone was removed, or is no longer in the network (`userId`).' },
    MEMBER_MUTED: { description: 'A moderator muted or unmuted someone (`userId`, `mutedUntil`).' },
  },
});
