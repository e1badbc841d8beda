import { describe, expect, it } from 'vitest';
import { checkStateText } from './governance-labels';

describe('checkStateText', () => {
  it('tells a check never done (missing) from one falling due again', () => {
    expect(checkStateText('DUE', null)).toBe('Missing');
    expect(checkStateText('DUE', '2026-01-05')).toBe('Due for renewal');
  });

  it('names done, overdue and refused checks as they are', () => {
    expect(checkStateText('DONE', '2026-01-05')).toBe('Done');
    expect(checkStateText('OVERDUE', null)).toBe('Overdue');
    expect(checkStateText('REFUSED', '2026-01-05')).toBe('Refused');
  });
});
