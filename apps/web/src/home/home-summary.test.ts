import { describe, expect, it } from 'vitest';
import { countOnly, countText, numberText, openReports, ragCounts, staffTrainedText, tallyText, totalOverdue } from './home-summary';

const page = (n: number, more = false) => ({ edges: Array.from({ length: n }), pageInfo: { hasNextPage: more } });

describe('countText', () => {
  it('says none, one and many in words', () => {
    expect(countText(page(0), 'draft')).toBe('No drafts');
    expect(countText(page(1), 'draft')).toBe('1 draft');
    expect(countText(page(3), 'child', 'children')).toBe('3 children');
  });

  it('never claims a total it has not counted: a full page is "or more"', () => {
    expect(countText(page(50, true), 'report')).toBe('50 or more reports');
  });

  it('gives the number alone for inside a sentence', () => {
    expect(countOnly(page(0))).toBe('0');
    expect(countOnly(page(50, true))).toBe('50 or more');
  });

  it('says loading before the answer', () => {
    expect(countText(undefined, 'draft')).toBe('Loading…');
  });
});

describe('governance figures', () => {
  const tally = { required: 12, done: 9, due: 1, overdue: 1, refused: 1 };

  it('puts overdue and refused checks in red, due ones in amber, done ones in green', () => {
    expect(ragCounts(tally)).toEqual({ green: 9, amber: 1, red: 2 });
  });

  it('writes the tally out', () => {
    expect(tallyText(tally)).toBe('12 checks required: 9 done, 1 due, 1 overdue, 1 refused');
    expect(numberText(1, 'check')).toBe('1 check');
  });
});

describe('other counts', () => {
  it('counts open pressure reports as all but resolved', () => {
    expect(openReports([{ status: 'SUBMITTED' }, { status: 'RESOLVED' }, { status: 'ACTION_IN_PROGRESS' }])).toHaveLength(2);
  });

  it('adds overdue register items across kinds', () => {
    expect(totalOverdue([{ count: 2 }, { count: 3 }])).toBe(5);
    expect(totalOverdue([])).toBe(0);
  });

  it('shows the share of staff trained only with a headcount', () => {
    expect(staffTrainedText(31, 38)).toBe('31 of 38 staff (82%)');
    expect(staffTrainedText(4, null)).toBe('4 staff trained (no headcount given yet)');
  });
});
