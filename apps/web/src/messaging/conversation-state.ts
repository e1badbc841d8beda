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
  createdAt: string;
  editedAt?: string | null;
  deletedAt?: string | null;
  hiddenAt?: string | null;
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
  message?: ChatMessage | null;
}

export interface ConversationState {
  /** The last event applied: catch up from here after a reconnection or a gap. */
  lastSequence: number;
  /** The conversation's messages (not thread replies), oldest first. */
  messages: ChatMessage[];
  readers: Reader[];
  /** Set when an event arrived past a gap: the client must catch up from `lastSequence`. */
  gap: boolean;
}

export function initialState(lastSequence: number, messages: ChatMessage[], readers: Reader[]): ConversationState {
  return { lastSequence, messages: sortBySequence(messages.filter((m) => !m.parentId)), readers, gap: false };
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
  const message = event.message;
  if (!message || message.parentId) return state;
  // Every message event points at the message as it is now: insert or replace it.
  const others = state.messages.filter((m) => m.id !== message.id);
  return { ...state, messages: sortBySequence([...others, message]) };
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
