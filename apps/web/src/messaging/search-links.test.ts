import { describe, expect, it } from 'vitest';
import { checkChannel, checkPeople } from './channel-form';
import { messageLink, peopleToChoose } from './search-links';

describe('search links and choosing people', () => {
  it('links a message to its conversation, and a thread reply to its open thread', () => {
    expect(messageLink({ id: 'm1', conversationId: 'c1' })).toBe('/messages/c1?message=m1');
    expect(messageLink({ id: 'r1', conversationId: 'c1', parentId: 'm1' })).toBe('/messages/c1?thread=m1&message=r1');
  });

  it('lists each person once, by name, leaving out yourself and those excluded', () => {
    const people = [
      { userId: 'b', displayName: 'Zara' },
      { userId: 'me', displayName: 'Me' },
      { userId: 'a', displayName: 'Amir' },
      { userId: 'b', displayName: 'Zara' },
      { userId: 'c', displayName: 'Cara' },
    ];
    expect(peopleToChoose(people, 'me', ['c']).map((p) => p.userId)).toEqual(['a', 'b']);
  });

  it('checks a new channel as the api would', () => {
    expect(checkChannel({ name: ' ', topic: '', visibility: '', memberIds: [] }).map((e) => e.field)).toEqual(['name', 'visibility']);
    expect(checkChannel({ name: 'x', topic: '', visibility: 'PUBLIC', memberIds: [] })[0].message).toBe('Channel name must be 2 characters or more');
    expect(checkChannel({ name: 'prevent-practice', topic: 't'.repeat(301), visibility: 'PRIVATE', memberIds: [] }).map((e) => e.field)).toEqual(['topic']);
    expect(checkChannel({ name: 'prevent-practice', topic: '', visibility: 'PUBLIC', memberIds: [] })).toEqual([]);
  });

  it('needs one to eight people for a direct conversation', () => {
    expect(checkPeople([])[0].message).toBe('Select at least one person to message');
    expect(checkPeople(['1', '2', '3', '4', '5', '6', '7', '8', '9'])[0].message).toBe('Select 8 people or fewer');
    expect(checkPeople(['1'])).toEqual([]);
  });
});
