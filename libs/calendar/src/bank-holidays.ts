import { addDays, dayOfWeek, IsoDate } from './iso-date';

/**
 * Bank holidays in England and Wales, by the Banking and Financial Dealings Act 1971 rules
 * as GOV.UK publishes them (https://www.gov.uk/bank-holidays): New Year's Day, Good Friday,
 * Easter Monday, the early May and spring bank holidays, the summer bank holiday, Christmas
 * Day and Boxing Day, with substitute days when those fall at a weekend. Proclaimed one-off
 * changes are listed below; add one here when the Government announces it.
 */
const PROCLAIMED: Readonly<Record<number, { add?: IsoDate[]; remove?: IsoDate[] }>> = {
  2020: { add: ['2020-05-08'], remove: ['2020-05-04'] }, // VE Day 75: early May holiday moved
  2022: { add: ['2022-06-02', '2022-06-03', '2022-09-19'], remove: ['2022-05-30'] }, // Platinum Jubilee; State Funeral
  2023: { add: ['2023-05-08'] }, // Coronation
};

const cache = new Map<number, ReadonlySet<IsoDate>>();

export function englishBankHolidays(year: number): ReadonlySet<IsoDate> {
  let days = cache.get(year);
  if (!days) {
    days = computeYear(year);
    cache.set(year, days);
  }
  return days;
}

export function isEnglishBankHoliday(date: IsoDate): boolean {
  return englishBankHolidays(Number(date.slice(0, 4))).has(date);
}

function computeYear(year: number): ReadonlySet<IsoDate> {
  const easter = easterSunday(year);
  const days = new Set<IsoDate>([
    nextWeekday(iso(year, 1, 1)),
    addDays(easter, -2),
    addDays(easter, 1),
    firstMonday(year, 5),
    lastMonday(year, 5),
    lastMonday(year, 8),
    ...christmas(year),
  ]);
  const proclaimed = PROCLAIMED[year];
  proclaimed?.remove?.forEach((d) => days.delete(d));
  proclaimed?.add?.forEach((d) => days.add(d));
  return days;
}

/** Christmas Day and Boxing Day, each moved to the next free weekday when at a weekend. */
function christmas(year: number): IsoDate[] {
  const result: IsoDate[] = [];
  for (const day of [iso(year, 12, 25), iso(year, 12, 26)]) {
    let candidate = day;
    while (dayOfWeek(candidate) === 0 || dayOfWeek(candidate) === 6 || result.includes(candidate)) {
      candidate = addDays(candidate, 1);
    }
    result.push(candidate);
  }
  return result;
}

function nextWeekday(date: IsoDate): IsoDate {
  let d = date;
  while (dayOfWeek(d) === 0 || dayOfWeek(d) === 6) d = addDays(d, 1);
  return d;
}

function firstMonday(year: number, month: number): IsoDate {
  let d = iso(year, month, 1);
  while (dayOfWeek(d) !== 1) d = addDays(d, 1);
  return d;
}

function lastMonday(year: number, month: number): IsoDate {
  let d = addDays(iso(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1), -1);
  while (dayOfWeek(d) !== 1) d = addDays(d, -1);
  return d;
}

/** Western Easter Sunday (the anonymous Gregorian algorithm). */
function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

function iso(year: number, month: number, day: number): IsoDate {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
