import { londonInstant, londonTimeOfDay, workingDaysAfter } from './london-time';

describe('London wall-clock time', () => {
  it('reads and builds instants in winter (GMT) and summer (BST)', () => {
    expect(londonInstant('2026-01-15', 9 * 3_600_000).toISOString()).toBe('2026-01-15T09:00:00.000Z');
    expect(londonInstant('2026-07-15', 9 * 3_600_000).toISOString()).toBe('2026-07-15T08:00:00.000Z');
    expect(londonTimeOfDay(new Date('2026-07-15T08:00:00Z'))).toBe(9 * 3_600_000);
  });

  it('counts one working day to the same time on the next working day', () => {
    // Monday 10:00 → Tuesday 10:00.
    expect(workingDaysAfter(new Date('2026-11-23T10:00:00Z'), 1).toISOString()).toBe('2026-11-24T10:00:00.000Z');
    // Friday 16:00 → Monday 16:00.
    expect(workingDaysAfter(new Date('2026-11-27T16:00:00Z'), 1).toISOString()).toBe('2026-11-30T16:00:00.000Z');
    // Thursday 24 December 2026 → Tuesday 29 December (Christmas Day and the Boxing Day substitute are bank holidays).
    expect(workingDaysAfter(new Date('2026-12-24T11:00:00Z'), 1).toISOString()).toBe('2026-12-29T11:00:00.000Z');
  });

  it('starts the clock of something that arrives at the weekend at the next working day', () => {
    // Saturday → the end of Monday.
    expect(workingDaysAfter(new Date('2026-11-28T11:00:00Z'), 1).toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });

  it('keeps the wall-clock time across the change to summer time', () => {
    // Friday 27 March 2026 09:00 GMT → Monday 30 March 09:00 BST.
    expect(workingDaysAfter(new Date('2026-03-27T09:00:00Z'), 1).toISOString()).toBe('2026-03-30T08:00:00.000Z');
  });
});
