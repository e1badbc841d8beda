import { addDays, IsoDate, londonToday } from './iso-date';
import { addWorkingDays, isWorkingDay } from './school-days';

const DAY_MS = 86_400_000;

const LONDON_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Milliseconds since London midnight at an instant (wall-clock time, whatever the offset). */
export function londonTimeOfDay(instant: Date): number {
  const [h, m, s] = LONDON_CLOCK.format(instant).split(':').map(Number);
  return ((h * 60 + m) * 60 + s) * 1000 + instant.getUTCMilliseconds();
}

/**
 * The instant a London wall clock shows `date` and `msOfDay`. London is UTC or UTC+1; where the
 * clocks go forward the missing hour is read as the hour after, where they go back the first.
 */
export function londonInstant(date: IsoDate, msOfDay = 0): Date {
  const utc = Date.parse(`${date}T00:00:00Z`) + msOfDay;
  for (const offsetHours of [1, 0]) {
    const candidate = new Date(utc - offsetHours * 3_600_000);
    if (londonToday(candidate) === date && londonTimeOfDay(candidate) === msOfDay % DAY_MS) return candidate;
  }
  return new Date(utc);
}

/**
 * "Within n working days" of an instant: the same London time n working days later. Something
 * arriving on a weekend or bank holiday starts its clock at the next working day's start, so it
 * is due at the end of the nth working day.
 */
export function workingDaysAfter(start: Date, n: number): Date {
  const day = londonToday(start);
  if (isWorkingDay(day)) return londonInstant(addWorkingDays(day, n), londonTimeOfDay(start));
  return londonInstant(addDays(addWorkingDays(day, n), 1));
}
