import { isEnglishBankHoliday } from './bank-holidays';
import { addDays, IsoDate, isWeekend } from './iso-date';

/** A closed period of an LA's school calendar (a half-term or holiday), both ends included. */
export interface HolidayPeriod {
  startsOn: IsoDate;
  endsOn: IsoDate;
}

/**
 * One local authority's school days: weekdays that are neither English bank holidays nor in
 * the authority's school holidays. Deadlines in the register count these; "working days"
 * (Working Together) count weekdays that are not bank holidays.
 */
export class SchoolDayCalendar {
  constructor(private readonly holidays: readonly HolidayPeriod[]) {}

  isSchoolDay(date: IsoDate): boolean {
    return isWorkingDay(date) && !this.holidays.some((h) => h.startsOn <= date && date <= h.endsOn);
  }

  /** The nth school day after `from` (from itself not counted): the due date of "within n school days". */
  addSchoolDays(from: IsoDate, n: number): IsoDate {
    return step(from, n, (d) => this.isSchoolDay(d));
  }

  /** School days after `from` up to and including `to`; 0 when `to` is not later. */
  schoolDaysBetween(from: IsoDate, to: IsoDate): number {
    let count = 0;
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (this.isSchoolDay(d)) count++;
    return count;
  }
}

export function isWorkingDay(date: IsoDate): boolean {
  return !isWeekend(date) && !isEnglishBankHoliday(date);
}

/** The nth working day after `from`. */
export function addWorkingDays(from: IsoDate, n: number): IsoDate {
  return step(from, n, isWorkingDay);
}

function step(from: IsoDate, n: number, counts: (d: IsoDate) => boolean): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Cannot count ${n} days`);
  let d = from;
  // A year of holidays cannot stop counting: guard against an all-holiday calendar looping forever.
  for (let remaining = n, guard = 0; remaining > 0; guard++) {
    if (guard > 3660) throw new RangeError('No school days found within ten years');
    d = addDays(d, 1);
    if (counts(d)) remaining--;
  }
  return d;
}
