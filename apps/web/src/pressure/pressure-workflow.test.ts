import { describe, expect, it } from 'vitest';
import { actionProblems, additionProblems, campaignProblems, outcomeProblems, progressSteps } from './pressure-workflow';
import { csvFileName, monthLabel, monthProblems, percentOf, trendsFilter } from './pressure-trends';

const fields = (errors: Array<{ field: string }>) => errors.map((e) => e.field);

describe('the council’s action on a report', () => {
  it('asks for the kind, a real date not in the future, and what was done', () => {
    expect(fields(actionProblems({ kind: '', takenOn: { day: '', month: '', year: '' }, note: ' ' }, '2026-03-10')))
      .toEqual(['action-kind', 'taken-on-day', 'action-note']);
    expect(actionProblems({ kind: 'VISIT', takenOn: { day: '11', month: '3', year: '2026' }, note: 'Visited' }, '2026-03-10')[0].message)
      .toBe('The date the action was taken must be today or in the past');
    expect(actionProblems({ kind: 'LETTER', takenOn: { day: '10', month: '3', year: '2026' }, note: 'Letter sent' }, '2026-03-10')).toEqual([]);
  });

  it('asks for an outcome before resolving', () => {
    expect(fields(outcomeProblems('  '))).toEqual(['outcome-summary']);
    expect(outcomeProblems('The group stopped.')).toEqual([]);
  });
});

describe('adding to a report', () => {
  it('needs words, and links as full addresses', () => {
    expect(fields(additionProblems('', ''))).toEqual(['addition-text']);
    expect(additionProblems('More posts', 'facebook.com/x')[0].message).toContain('“facebook.com/x”');
    expect(additionProblems('More posts', 'https://a.example/1\nhttp://b.example/2')).toEqual([]);
  });
});

describe('a new campaign', () => {
  it('needs a name, what links the reports and at least two reports', () => {
    expect(fields(campaignProblems({ name: 'ab', description: '', reportIds: ['1'] }))).toEqual(['campaign-name', 'campaign-description', 'campaign-reports']);
    expect(campaignProblems({ name: 'Leaflets', description: 'Same group', reportIds: ['1', '2'] })).toEqual([]);
  });
});

describe('where a report is with the council', () => {
  it('marks the steps reached, with their times', () => {
    const steps = progressSteps({ status: 'ACTION_IN_PROGRESS', submittedAt: 'a', acknowledgedAt: 'b', actionStartedAt: 'c', resolvedAt: null });
    expect(steps.map((s) => s.done)).toEqual([true, true, true, false]);
    expect(steps.map((s) => s.at)).toEqual(['a', 'b', 'c', null]);
    expect(progressSteps({ status: 'SUBMITTED', submittedAt: 'a' }).filter((s) => s.done)).toHaveLength(1);
    expect(progressSteps({ status: 'RESOLVED', submittedAt: 'a' }).every((s) => s.done)).toBe(true);
  });
});

describe('trends', () => {
  it('names months in words', () => {
    expect(monthLabel('2026-03')).toBe('March 2026');
    expect(monthLabel('2026-13')).toBe('2026-13');
  });

  it('reads only well-formed months from the address', () => {
    expect(trendsFilter(new URLSearchParams('from=2026-01&to=2026-6'))).toEqual({ from: '2026-01' });
    expect(trendsFilter(new URLSearchParams(''))).toEqual({});
  });

  it('checks typed months and their order', () => {
    expect(fields(monthProblems('2026-1', ''))).toEqual(['trends-from']);
    expect(monthProblems('2026-05', '2026-02')[0].message).toBe('The last month must be the same as or after the first month');
    expect(monthProblems('2026-01', '2026-02')).toEqual([]);
  });

  it('names the CSV after the months counted', () => {
    expect(csvFileName({})).toBe('pressure-trends-all.csv');
    expect(csvFileName({ from: '2026-01', to: '2026-06' })).toBe('pressure-trends-2026-01-to-2026-06.csv');
    expect(csvFileName({ from: '2026-01' })).toBe('pressure-trends-2026-01-to-now.csv');
  });

  it('gives shares as whole percentages', () => {
    expect(percentOf(1, 3)).toBe('33%');
    expect(percentOf(0, 0)).toBe('0%');
  });
});
