import { acknowledgementDueAt, PRESSURE_RULES } from './pressure-rules';

describe('acknowledgementDueAt', () => {
  it('is two working days, at the same London time', () => {
    expect(PRESSURE_RULES.acknowledgementWorkingDays).toBe(2);
    // Friday morning: due Tuesday morning.
    expect(acknowledgementDueAt(new Date('2025-01-10T10:00:00Z')).toISOString()).toBe('2025-01-14T10:00:00.000Z');
  });

  it('starts the clock at the next working day for a report sent at the weekend', () => {
    // Saturday: due at the end of Tuesday (midnight starting Wednesday).
    expect(acknowledgementDueAt(new Date('2025-01-11T15:00:00Z')).toISOString()).toBe('2025-01-15T00:00:00.000Z');
  });

  it('skips bank holidays, across the change to summer time', () => {
    // Thursday before Easter 2025 (Good Friday 18 April, Easter Monday 21 April): due Wednesday 23 April, 09:00 BST.
    expect(acknowledgementDueAt(new Date('2025-04-17T08:00:00Z')).toISOString()).toBe('2025-04-23T08:00:00.000Z');
  });
});
