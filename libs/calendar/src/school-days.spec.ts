import { englishBankHolidays } from './bank-holidays';
import { addWorkingDays, SchoolDayCalendar } from './school-days';
import { addMonths, isIsoDate } from './iso-date';
import { defaultTermOf, termLabel } from './academic-term';

describe('English bank holidays', () => {
  it.each([
    [2025, ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26']],
    // Boxing Day 2026 is a Saturday: the substitute is Monday 28 December.
    [2026, ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']],
    // Christmas 2027 falls on a weekend: both days move to Monday and Tuesday.
    [2027, ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28']],
    [2028, ['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26']],
  ])('matches GOV.UK for %i', (year, expected) => {
    expect([...englishBankHolidays(year)].sort()).toEqual(expected);
  });

  it('applies proclaimed changes (the 2023 coronation)', () => {
    expect(englishBankHolidays(2023).has('2023-05-08')).toBe(true);
  });
});

describe('school days', () => {
  // Birmingham-like autumn half-term 2026: Monday 26 to Friday 30 October.
  const calendar = new SchoolDayCalendar([{ startsOn: '2026-10-26', endsOn: '2026-10-30' }]);

  it('skips a weekend and a half-term', () => {
    // Friday 23 October + 1 school day = Monday 2 November.
    expect(calendar.addSchoolDays('2026-10-23', 1)).toBe('2026-11-02');
    expect(calendar.schoolDaysBetween('2026-10-23', '2026-11-02')).toBe(1);
  });

  it('skips a bank holiday', () => {
    // Thursday 27 August 2026 + 2 school days: Friday 28, (Monday 31 is a bank holiday) Tuesday 1 September.
    expect(calendar.addSchoolDays('2026-08-27', 2)).toBe('2026-09-01');
  });

  it('counts ten school days across weekends and a half-term', () => {
    // From Wednesday 21 October: 22, 23, (half-term), 2–6, 9, 10, 11 November.
    expect(calendar.addSchoolDays('2026-10-21', 10)).toBe('2026-11-11');
  });

  it('counts working days without school holidays', () => {
    expect(addWorkingDays('2026-10-23', 1)).toBe('2026-10-26');
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-29');
  });

  it('refuses a negative count', () => {
    expect(() => calendar.addSchoolDays('2026-10-21', -1)).toThrow(RangeError);
  });
});

describe('dates and terms', () => {
  it('validates ISO dates strictly', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });

  it('clamps months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2025-11-22', 12)).toBe('2026-11-22');
  });

  it('names the default terms', () => {
    expect(termLabel(defaultTermOf('2026-11-22'))).toBe('Autumn 2026/27');
    expect(termLabel(defaultTermOf('2027-02-01'))).toBe('Spring 2026/27');
    expect(defaultTermOf('2027-08-31').name).toBe('SUMMER');
  });
});
