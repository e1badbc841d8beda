import { dslRefreshDueOn, dslTrainingCutoff, firstYearOf, PREVENT_RULES, schoolYearOf, staffTrainingCutoff } from './prevent-rules';

describe('Prevent duty rules', () => {
  it('names the school year from 1 September', () => {
    expect(schoolYearOf('2026-08-31')).toBe('2025/26');
    expect(schoolYearOf('2026-09-01')).toBe('2026/27');
    expect(schoolYearOf('2099-12-31')).toBe('2099/00');
  });

  it('reads a school year label back, refusing one whose years do not follow', () => {
    expect(firstYearOf('2026/27')).toBe(2026);
    expect(firstYearOf('2099/00')).toBe(2099);
    expect(firstYearOf('2026/28')).toBeNull();
    expect(firstYearOf('2026-27')).toBeNull();
  });

  it('wants the DSL’s training refreshed at least every two years (KCSIE Annex C)', () => {
    expect(PREVENT_RULES.dslTrainingRefreshMonths).toBe(24);
    expect(dslRefreshDueOn('2024-10-01')).toBe('2026-10-01');
    expect(dslTrainingCutoff('2026-10-01')).toBe('2024-10-01');
    expect(staffTrainingCutoff('2026-02-28')).toBe('2024-02-28');
  });
});
