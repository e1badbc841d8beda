/** The api's limit on a message (libs/messaging/src/messaging-rules.ts), checked here before sending. */
export const MESSAGE_MAX_LENGTH = 4000;

/** At most one "typing" event every three seconds: the api allows 20 events a second per socket. */
export const TYPING_SEND_EVERY_MS = 3000;

/** The api's largest attachment (ATTACHMENT_MAX_BYTES, 10 MB by default); it refuses a bigger file with 413 anyway. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** At most this many files with one message (SendMessageInput.attachmentIds). */
export const ATTACHMENTS_PER_MESSAGE = 10;

/**
 * Messages per page of a conversation, search or thread are set in their queries: 15 messages with
 * their reactions and files (and the __typename Apollo adds) is what the api's cost limit (5000) allows.
 */
