/** A message as the api sends it over GraphQL and sockets alike. */
export interface ChatMessage {
  id: string;
  sequence: number;
  clientId: string;
  author: { id: string; displayName: string };
  body?: string | null;
  bodyHtml?: string | null;
  parentId?: string | null;
  replyCount: number;
  reactions: Array<{ emoji: string; count: number; userIds: string[] }>;
  attachments?: Attachment[];
  createdAt: string;
  editedAt?: string | null;
  deletedAt?: string | null;
  hiddenAt?: string | null;
}

/** A file sent with a message (download it from GET /message-attachments/:id). */
export interface Attachment {
  id: string;
  fileName: string;
  mediaType: string;
  byteSize: number;
}

export interface Reader {
  userId: string;
  displayName: string;
  readUpTo: number;
}

/** One entry of a conversation's ordered log (`conversation.event`). */
export interface ConversationEvent {
  conversationId: string;
  sequence: number;
  type: string;
  actorId?: string | null;
  userId?: string | null;
  readUpTo?: number | null;
  mutedUntil?: string | null;
  message?: ChatMessage | null;
}

export interface ConversationState {
  /** The last event applied: catch up from here after a reconnection or a gap. */
  lastSequence: number;
  /** The conversation's messages (not thread replies), oldest first. */
  messages: ChatMessage[];
  readers: Reader[];
  /** Thread replies heard live since the page loaded, by id: newer than any page of replies fetched before. */
  replies: Record<string, ChatMessage>;
  /** Mutes heard live, by person: until when (ISO), or null once unmuted. */
  mutes: Record<string, string | null>;
  /** Set when an event arrived past a gap: the client must catch up from `lastSequence`. */
  gap: boolean;
}

export function initialState(lastSequence: number, messages: ChatMessage[], readers: Reader[]): ConversationState {
  return { lastSequence, messages: sortBySequence(messages.filter((m) => !m.parentId)), readers, replies: {}, mutes: {}, gap: false };
}

/**
 * Applies events strictly in sequence: repeats are dropped, and an event past a gap is not applied
 * but flags the gap, so the log is never applied out of order (README: delivery guarantees).
 */
export function applyEvents(state: ConversationState, events: readonly ConversationEvent[]): ConversationState {
  let next = { ...state, gap: false };
  for (const event of [...events].sort((a, b) => a.sequence - b.sequence)) {
    if (event.sequence <= next.lastSequence) continue;
    if (event.sequence > next.lastSequence + 1) return { ...next, gap: true };
    next = { ...applyOne(next, event), lastSequence: event.sequence };
  }
  return next;
}

function applyOne(state: ConversationState, event: ConversationEvent): ConversationState {
  if (event.type === 'READ_UP_TO') {
    const userId = event.userId ?? event.actorId;
    const readUpTo = event.readUpTo ?? 0;
    return {
      ...state,
      readers: state.readers.map((r) => (r.userId === userId ? { ...r, readUpTo: Math.max(r.readUpTo, readUpTo) } : r)),
    };
  }
  if (event.type === 'MEMBER_MUTED' && event.userId) {
    return { ...state, mutes: { ...state.mutes, [event.userId]: event.mutedUntil ?? null } };
  }
  const message = event.message;
  if (!message) return state;
  if (message.parentId) {
    // The api sends no event for the thread's first message when a reply arrives: count it here.
    const parentId = message.parentId;
    const posted = event.type === 'MESSAGE_POSTED' && !state.replies[message.id];
    return {
      ...state,
      replies: { ...state.replies, [message.id]: message },
      messages: posted ? state.messages.map((m) => (m.id === parentId ? { ...m, replyCount: m.replyCount + 1 } : m)) : state.messages,
    };
  }
  // Every message event points at the message as it is now: insert or replace it.
  const others = state.messages.filter((m) => m.id !== message.id);
  return { ...state, messages: sortBySequence([...others, message]) };
}

/** Earlier messages fetched page by page ("Show earlier messages"): added, never replacing a newer copy. */
export function withEarlier(state: ConversationState, earlier: readonly ChatMessage[]): ConversationState {
  const known = new Set(state.messages.map((m) => m.id));
  const added = earlier.filter((m) => !m.parentId && !known.has(m.id));
  return added.length ? { ...state, messages: sortBySequence([...added, ...state.messages]) } : state;
}

/** A thread's replies: the page fetched, each replaced by its live copy, with replies posted since added. */
export function threadReplies(state: ConversationState, parentId: string, fetched: readonly ChatMessage[]): ChatMessage[] {
  const byId = new Map(fetched.map((m) => [m.id, m]));
  for (const live of Object.values(state.replies)) if (live.parentId === parentId) byId.set(live.id, live);
  return sortBySequence([...byId.values()]);
}

/** Whether a moderator has muted this person now (a live mute overrides what the page loaded with). */
export function isMuted(state: ConversationState, userId: string, loadedMutedUntil: string | null | undefined, now = Date.now()): boolean {
  const until = userId in state.mutes ? state.mutes[userId] : loadedMutedUntil;
  return !!until && Date.parse(until) > now;
}

function sortBySequence(messages: ChatMessage[]): ChatMessage[] {
  return [...messages].sort((a, b) => a.sequence - b.sequence);
}

/** Who (other than the author) has read up to this message: the read receipt under it. */
export function readBy(state: ConversationState, message: ChatMessage): Reader[] {
  return state.readers.filter((r) => r.userId !== message.author.id && r.readUpTo >= message.sequence);
}

/** The newest message's sequence: what "read up to here" means. */
export function newestMessageSequence(state: ConversationState): number {
  return state.messages.at(-1)?.sequence ?? 0;
}
