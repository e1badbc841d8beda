import { describe, expect, it } from 'vitest';
import { fileKind, formatBytes, reactionLabel, reactionWord, replies, whoReacted } from './messaging-labels';

const names: Record<string, string> = { a: 'Harriet Head', b: 'Hamid Head', c: 'Maya Manager', d: 'Dev DSL' };
const nameOf = (id: string) => names[id];

describe('messaging labels', () => {
  it('names who reacted, you first as "you", first to react first, and counts the rest', () => {
    expect(whoReacted(['me'], 'me', nameOf)).toBe('you');
    expect(whoReacted(['a', 'me'], 'me', nameOf)).toBe('Harriet Head and you');
    expect(whoReacted(['a', 'b', 'c'], 'me', nameOf)).toBe('Harriet Head, Hamid Head and Maya Manager');
    expect(whoReacted(['a', 'b', 'c', 'd'], 'me', nameOf)).toBe('Harriet Head, Hamid Head and 2 others');
    expect(whoReacted(['gone'], 'me', nameOf)).toBe('someone no longer here');
  });

  it('gives every reaction words, not only an emoji', () => {
    expect(reactionWord('👍')).toBe('Agree');
    expect(reactionWord('🦄')).toBe('Reaction');
    expect(reactionLabel({ emoji: '🙏', count: 2, userIds: ['a', 'me'] }, 'me', nameOf)).toBe('Thank you (🙏): 2, by Harriet Head and you');
  });

  it('shows sizes and kinds of file as people read them', () => {
    expect(formatBytes(900)).toBe('900 bytes');
    expect(formatBytes(1500)).toBe('2 KB');
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(fileKind('application/pdf')).toBe('PDF');
    expect(fileKind('image/jpeg')).toBe('JPEG image');
    expect(fileKind('image/webp')).toBe('WebP image');
  });

  it('counts replies in words', () => {
    expect(replies(1)).toBe('1 reply');
    expect(replies(3)).toBe('3 replies');
  });
});
