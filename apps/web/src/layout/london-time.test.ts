import { describe, expect, it } from 'vitest';
import { londonDateTime, londonToday } from './london-time';

describe('London time', () => {
  it('gives London’s date, not the computer’s or UTC’s', () => {
    // 23:30 UTC in British Summer Time is already the next day in London.
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('shows a moment in London’s clock time', () => {
    expect(londonDateTime('2026-07-01T13:05:00Z')).toBe('1 Jul 2026, 14:05');
  });
});
