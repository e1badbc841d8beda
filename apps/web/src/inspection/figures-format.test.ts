import { describe, expect, it } from 'vitest';
import { fileNameOf } from './download-file';
import { formatValue, measureRowId, shortTerm, spokenValue, trendSummary } from './figures-format';

describe('the termly figures as printed', () => {
  it('prints units as the PDF does, and a value not known as a dash, never zero', () => {
    expect(formatValue(12, 'count')).toBe('12');
    expect(formatValue(33.333, 'percent')).toBe('33.3%');
    expect(formatValue(1, 'schoolDays')).toBe('1 school day');
    expect(formatValue(0, 'days')).toBe('0 days');
    expect(formatValue(null, 'count')).toBe('–');
    expect(spokenValue(null, 'count')).toBe('not known');
  });

  it('shortens term names under the bars and makes row ids safe for anchors', () => {
    expect(shortTerm('Autumn 2026/27')).toBe('Aut 26/27');
    expect(shortTerm('Spring 2027')).toBe('Spr 27');
    expect(measureRowId('cme', 'open.count')).toBe('figure-cme-open-count');
  });

  it('sums up a chart in words: this term, and the move from the earliest term known', () => {
    const terms = ['Autumn 2025/26', 'Spring 2026', 'Summer 2026', 'Autumn 2026/27'];
    expect(trendSummary(terms, [3, 4, 2, 5], 'count')).toBe('Autumn 2026/27: 5, up from 3 in Autumn 2025/26.');
    expect(trendSummary(terms, [null, 50, 40, 25], 'percent')).toBe('Autumn 2026/27: 25%, down from 50% in Spring 2026.');
    expect(trendSummary(terms, [1, 1, 1, 1], 'schoolDays')).toBe('Autumn 2026/27: 1 school day, the same as 1 school day in Autumn 2025/26.');
    expect(trendSummary(terms, [1, 2, 3, null], 'count')).toBe('Autumn 2026/27: not known.');
  });

  it('takes the file name from the server’s Content-Disposition', () => {
    expect(fileNameOf('attachment; filename="termly-report-autumn-2026-27-v1.pdf"')).toBe('termly-report-autumn-2026-27-v1.pdf');
    expect(fileNameOf(null)).toBeUndefined();
  });
});
