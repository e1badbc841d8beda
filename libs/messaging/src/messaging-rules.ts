/**
 * Messaging's numbers, in one place. None is statutory: they are product limits chosen so one
 * person or one socket cannot swamp a conversation, and a catch-up stays one quick query.
 */
export const MESSAGING_RULES = {
  /** Longest message body, in characters (about two pages of text). */
  maxBodyChars: 4000,
  /** Longest reaction: one emoji, possibly a ZWJ sequence with skin tone. */
  maxEmojiChars: 16,
  /** People in one direct conversation, the starter included. */
  maxDirectParticipants: 9,
  /** Most events one catch-up page returns (GraphQL and socket alike). */
  maxCatchUpPage: 500,
  /** Per socket: events allowed per second on average, and the burst above it. */
  socketEventsPerSecond: 20,
  socketBurst: 40,
  /** Longest a moderator may mute someone for, in minutes (30 days). */
  maxMuteMinutes: 30 * 24 * 60,
  /** Rows deleted per transaction by the retention purge, so it never holds long locks. */
  purgeBatch: 500,
} as const;
