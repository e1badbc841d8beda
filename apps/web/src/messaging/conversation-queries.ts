import { graphql } from '../graphql/generated';

/** A message as the conversation and thread views show it (the same shape as the socket's events). */
export const CHAT_MESSAGE_FIELDS = graphql(`
  fragment ChatMessageFields on MessageModel {
    id
    sequence
    clientId
    body
    bodyHtml
    parentId
    replyCount
    createdAt
    editedAt
    deletedAt
    hiddenAt
    author { id displayName }
    reactions { emoji count userIds }
    attachments { id fileName mediaType byteSize }
  }
`);

export const CONVERSATION_PAGE = graphql(`
  query ConversationPage($id: ID!) {
    conversation(id: $id) {
      id
      kind
      name
      topic
      networkId
      lastEventSequence
      unreadCount
      me { joined canPost canModerate readUpTo mutedUntil }
      readers { userId displayName readUpTo }
    }
    messages(conversationId: $id, first: 15) {
      edges { node { ...ChatMessageFields } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** The page of messages before `after` (newest first), for "Show earlier messages". */
export const EARLIER_MESSAGES = graphql(`
  query EarlierMessages($id: ID!, $after: String!) {
    messages(conversationId: $id, first: 15, after: $after) {
      edges { node { ...ChatMessageFields } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** A thread's replies, oldest first. */
export const THREAD_REPLIES = graphql(`
  query ThreadReplies($id: ID!, $threadId: ID!, $after: String) {
    messages(conversationId: $id, threadId: $threadId, first: 15, after: $after) {
      edges { node { ...ChatMessageFields } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
