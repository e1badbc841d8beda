/** The portal's dates are England's: every date and time shown or defaulted is in Europe/London. */
const LONDON = 'Europe/London';

/** Today in London as YYYY-MM-DD. */
export function londonToday(now: Date = new Date()): string {
  return now.toLocaleDateString('en-CA', { timeZone: LONDON });
}

/** "23 Nov 2026, 14:05": a moment as people in England read it. */
export function londonDateTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: LONDON });
}
