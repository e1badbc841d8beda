import { describe, expect, it } from 'vitest';
import { applyEvents, type ChatMessage, initialState, isMuted, readBy, threadReplies, withEarlier } from './conversation-state';

const message = (sequence: number, authorId = 'a', extra: Partial<ChatMessage> = {}): ChatMessage => ({
  id: `m${sequence}`,
  sequence,
  clientId: `c${sequence}`,
  author: { id: authorId, displayName: authorId.toUpperCase() },
  body: `message ${sequence}`,
  replyCount: 0,
  reactions: [],
  createdAt: '2026-01-01T00:00:00Z',
  ...extra,
});

const readers = [
  { userId: 'a', displayName: 'A', readUpTo: 1 },
  { userId: 'b', displayName: 'B', readUpTo: 0 },
];

describe('conversation state', () => {
  it('applies events in sequence and drops repeats', () => {
    const start = initialState(3, [message(1)], readers);
    const posted = { conversationId: 'c', sequence: 4, type: 'MESSAGE_POSTED', message: message(2) };
    const once = applyEvents(start, [posted]);
    const twice = applyEvents(once, [posted]);
    expect(twice.messages.map((m) => m.sequence)).toEqual([1, 2]);
    expect(twice.lastSequence).toBe(4);
  });

  it('flags a gap instead of applying an event out of order', () => {
    const start = initialState(3, [message(1)], readers);
    const next = applyEvents(start, [{ conversationId: 'c', sequence: 6, type: 'MESSAGE_POSTED', message: message(2) }]);
    expect(next.gap).toBe(true);
    expect(next.messages).toHaveLength(1);
    expect(next.lastSequence).toBe(3);
  });

  it('sorts a catch-up page before applying it', () => {
    const start = initialState(0, [], readers);
    const next = applyEvents(start, [
      { conversationId: 'c', sequence: 2, type: 'MESSAGE_POSTED', message: message(2) },
      { conversationId: 'c', sequence: 1, type: 'MESSAGE_POSTED', message: message(1) },
    ]);
    expect(next.messages.map((m) => m.id)).toEqual(['m1', 'm2']);
  });

  it('moves a read receipt forward, never back, and shows who read a message', () => {
    const start = initialState(1, [message(1, 'a')], readers);
    const read = applyEvents(start, [{ conversationId: 'c', sequence: 2, type: 'READ_UP_TO', userId: 'b', readUpTo: 1 }]);
    expect(readBy(read, read.messages[0]).map((r) => r.displayName)).toEqual(['B']);
    const back = applyEvents(read, [{ conversationId: 'c', sequence: 3, type: 'READ_UP_TO', userId: 'b', readUpTo: 0 }]);
    expect(back.readers.find((r) => r.userId === 'b')?.readUpTo).toBe(1);
  });

  it('replaces an edited or deleted message and leaves thread replies out of the conversation', () => {
    const start = initialState(1, [message(1)], readers);
    const next = applyEvents(start, [
      { conversationId: 'c', sequence: 2, type: 'MESSAGE_DELETED', message: message(1, 'a', { body: null, deletedAt: 'x' }) },
      { conversationId: 'c', sequence: 3, type: 'MESSAGE_POSTED', message: message(2, 'b', { parentId: 'm1' }) },
    ]);
    expect(next.messages).toHaveLength(1);
    expect(next.messages[0].deletedAt).toBe('x');
  });

  it('counts a reply posted live on its thread’s first message once, and keeps the reply for the thread', () => {
    const start = initialState(1, [message(1)], readers);
    const reply = { conversationId: 'c', sequence: 2, type: 'MESSAGE_POSTED', message: message(2, 'b', { parentId: 'm1' }) };
    const edited = { conversationId: 'c', sequence: 3, type: 'MESSAGE_EDITED', message: message(2, 'b', { parentId: 'm1', body: 'changed' }) };
    const next = applyEvents(applyEvents(start, [reply]), [reply, edited]);
    expect(next.messages[0].replyCount).toBe(1);
    expect(threadReplies(next, 'm1', [message(2, 'b', { parentId: 'm1', body: 'old' })]).map((m) => m.body)).toEqual(['changed']);
    expect(threadReplies(next, 'other', [])).toEqual([]);
  });

  it('merges a fetched thread page with replies heard since, oldest first', () => {
    const start = initialState(1, [message(1)], readers);
    const next = applyEvents(start, [{ conversationId: 'c', sequence: 2, type: 'MESSAGE_POSTED', message: message(5, 'b', { parentId: 'm1' }) }]);
    const fetched = [message(4, 'a', { parentId: 'm1' }), message(3, 'a', { parentId: 'm1' })];
    expect(threadReplies(next, 'm1', fetched).map((m) => m.sequence)).toEqual([3, 4, 5]);
  });

  it('adds earlier messages before the newer ones without replacing a live copy', () => {
    const start = initialState(3, [message(3, 'a', { body: 'live' })], readers);
    const next = withEarlier(start, [message(3, 'a', { body: 'stale' }), message(2), message(1), message(9, 'a', { parentId: 'm2' })]);
    expect(next.messages.map((m) => m.sequence)).toEqual([1, 2, 3]);
    expect(next.messages[2].body).toBe('live');
    expect(withEarlier(next, [message(1)])).toBe(next);
  });

  it('follows mutes heard live over what the page loaded with', () => {
    const now = Date.parse('2026-01-01T12:00:00Z');
    const start = initialState(1, [], readers);
    expect(isMuted(start, 'b', '2026-01-01T13:00:00Z', now)).toBe(true);
    expect(isMuted(start, 'b', '2026-01-01T11:00:00Z', now)).toBe(false);
    const unmuted = applyEvents(start, [{ conversationId: 'c', sequence: 2, type: 'MEMBER_MUTED', userId: 'b', mutedUntil: null }]);
    expect(isMuted(unmuted, 'b', '2026-01-01T13:00:00Z', now)).toBe(false);
    const muted = applyEvents(unmuted, [{ conversationId: 'c', sequence: 3, type: 'MEMBER_MUTED', userId: 'b', mutedUntil: '2026-01-02T00:00:00Z' }]);
    expect(isMuted(muted, 'b', null, now)).toBe(true);
  });
});
