import { describe, expect, it } from 'vitest';
import { isoDate } from './register-form';
import { formatDate } from './register-labels';

describe('the date input', () => {
  it('gives YYYY-MM-DD for a real date, with or without leading zeros', () => {
    expect(isoDate({ day: '7', month: '3', year: '2026' })).toBe('2026-03-07');
    expect(isoDate({ day: '07', month: '03', year: '2026' })).toBe('2026-03-07');
    expect(isoDate({ day: '29', month: '2', year: '2028' })).toBe('2028-02-29');
  });

  it('refuses dates that do not exist and parts that are not numbers', () => {
    expect(isoDate({ day: '31', month: '4', year: '2026' })).toBeNull();
    expect(isoDate({ day: '29', month: '2', year: '2026' })).toBeNull();
    expect(isoDate({ day: '', month: '3', year: '2026' })).toBeNull();
    expect(isoDate({ day: '1', month: 'March', year: '2026' })).toBeNull();
    expect(isoDate({ day: '1', month: '3', year: '26' })).toBeNull();
  });

  it('writes dates as GOV.UK does', () => {
    expect(formatDate('2026-12-01')).toBe('1 December 2026');
    expect(formatDate(null)).toBe('');
  });
});
