/** The api's limit on a message (libs/messaging/src/messaging-rules.ts), checked here before sending. */
export const MESSAGE_MAX_LENGTH = 4000;

/** At most one "typing" event every three seconds: the api allows 20 events a second per socket. */
export const TYPING_SEND_EVERY_MS = 3000;

/** The api's largest attachment (ATTACHMENT_MAX_BYTES, 10 MB by default); it refuses a bigger file with 413 anyway. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** At most this many files with one message (SendMessageInput.attachmentIds). */
export const ATTACHMENTS_PER_MESSAGE = 10;

/** Messages fetched per page of a conversation, and replies per thread (well inside the api's cost limit). */
export const MESSAGES_PAGE = 30;
export const REPLIES_PAGE = 50;
