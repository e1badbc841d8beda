/** The api's limit on a message (libs/messaging/src/messaging-rules.ts), checked here before sending. */
export const MESSAGE_MAX_LENGTH = 4000;

/** At most one "typing" event every three seconds: the api allows 20 events a second per socket. */
export const TYPING_SEND_EVERY_MS = 3000;
