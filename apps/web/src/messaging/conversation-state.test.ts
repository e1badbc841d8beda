import { describe, expect, it } from 'vitest';
import { applyEvents, type ChatMessage, initialState, readBy } from './conversation-state';

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
});
