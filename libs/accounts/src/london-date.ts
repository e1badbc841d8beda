// Memberships and assignments run by local calendar days; the calendar library owns date arithmetic.
export { addDays, londonToday } from '@safeguard/calendar';
