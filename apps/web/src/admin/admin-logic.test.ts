import { describe, expect, it } from 'vitest';
import { anyRunning, giasFileProblem, londonToday, membershipState, periodText, runSummary, schoolSearch, schoolsQueryString } from './admin-logic';

describe('administration helpers', () => {
  it('says whether a membership is current, ended or yet to start', () => {
    expect(membershipState({ startsOn: null, endsOn: null }, '2026-11-23')).toBe('CURRENT');
    expect(membershipState({ endsOn: '2026-11-22' }, '2026-11-23')).toBe('ENDED');
    expect(membershipState({ endsOn: '2026-11-23' }, '2026-11-23')).toBe('CURRENT');
    expect(membershipState({ startsOn: '2026-11-24', endsOn: '2027-01-01' }, '2026-11-23')).toBe('FUTURE');
  });

  it('takes today in London, not UTC', () => {
    // 23:30 UTC on 31 May is already 1 June in London (BST).
    expect(londonToday(new Date('2026-05-31T23:30:00Z'))).toBe('2026-06-01');
  });

  it('writes a period in words', () => {
    expect(periodText('2026-09-01', '2027-08-31')).toBe('1 Sept 2026 to 31 Aug 2027');
    expect(periodText(null, '2026-11-22')).toBe('until 22 Nov 2026');
    expect(periodText(null, null)).toBe('');
  });

  it('reads digits as a URN and anything else as part of a name', () => {
    expect(schoolSearch(' 990001 ')).toEqual({ urn: 990001 });
    expect(schoolSearch('Alder')).toEqual({ name: 'Alder' });
    expect(schoolSearch('  ')).toEqual({});
    expect(schoolsQueryString({ search: 'Alder Road', type: '', after: undefined })).toBe('?search=Alder+Road');
    expect(schoolsQueryString({})).toBe('');
  });

  it('sums up a run in words, and keeps polling while one runs', () => {
    const base = { rowsRead: 13, created: 9, updated: 0, unchanged: 0, closed: 1, skipped: 1, refused: 2 };
    expect(runSummary({ ...base, status: 'SUCCEEDED' })).toBe('13 rows read: 9 new, 0 updated, 0 unchanged, 1 closed, 1 skipped, 2 refused');
    expect(runSummary({ ...base, status: 'RUNNING', rowsRead: 0 })).toBe('Waiting to start');
    expect(runSummary({ ...base, status: 'RUNNING', rowsRead: 15000 })).toBe('15,000 rows read so far');
    expect(runSummary({ ...base, status: 'FAILED', rowsRead: 1 })).toBe('Failed after 1 row read');
    expect(anyRunning([{ status: 'SUCCEEDED' }, { status: 'RUNNING' }])).toBe(true);
    expect(anyRunning([{ status: 'FAILED' }])).toBe(false);
  });

  it('checks the chosen file before uploading', () => {
    expect(giasFileProblem(null)).toBe('Choose the GIAS establishment file');
    expect(giasFileProblem({ name: 'edubase.xlsx', size: 10 })).toMatch(/CSV/);
    expect(giasFileProblem({ name: 'edubase.csv', size: 0 })).toMatch(/empty/);
    expect(giasFileProblem({ name: 'edubase.CSV', size: 10 })).toBeNull();
  });
});
