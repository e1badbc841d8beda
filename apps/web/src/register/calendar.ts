/** The academic year a London date falls in, named by the calendar year it starts in (September onwards). */
export function academicYearOf(isoDate: string): number {
  const [year, month] = isoDate.split('-').map(Number);
  return month >= 9 ? year : year - 1;
}
