import { describe, expect, it } from 'vitest';
import { actionAtCheck, describeTimeLeft, planSessionTimeout } from './session-timeout';

describe('session timeout', () => {
  it('warns two minutes before a 15-minute token would end', () => {
    const issued = 1_000_000;
    const plan = planSessionTimeout(issued, issued + 900_000);
    expect(plan.endAt).toBe(issued + 895_000);
    expect(plan.checkAt).toBe(plan.endAt - 120_000);
  });

  it('checks half-way through a token shorter than the warning', () => {
    const plan = planSessionTimeout(0, 60_000);
    expect(plan.checkAt).toBe(27_500);
  });

  it('refreshes unseen after activity, and warns an idle user', () => {
    expect(actionAtCheck(2000, 1000)).toBe('refresh');
    expect(actionAtCheck(1000, 1000)).toBe('warn');
  });

  it('words the time left for a screen reader', () => {
    expect(describeTimeLeft(65_000)).toBe('1 minute and 5 seconds');
    expect(describeTimeLeft(120_000)).toBe('2 minutes');
    expect(describeTimeLeft(1_000)).toBe('1 second');
  });
});
