import { IsoDate } from './iso-date';

export enum TermName {
  AUTUMN = 'AUTUMN',
  SPRING = 'SPRING',
  SUMMER = 'SUMMER',
}

export interface AcademicTerm {
  name: TermName;
  /** The calendar year the academic year starts in (2026 for 2026/27). */
  academicYear: number;
  startsOn: IsoDate;
  endsOn: IsoDate;
}

/**
 * The default reporting terms (HMI termly reports): autumn 1 September–31 December, spring
 * 1 January–31 March, summer 1 April–31 August. Set per year once term dates are configurable.
 */
export function defaultTermOf(date: IsoDate): AcademicTerm {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (month >= 9) return term(TermName.AUTUMN, year, `${year}-09-01`, `${year}-12-31`);
  if (month <= 3) return term(TermName.SPRING, year - 1, `${year}-01-01`, `${year}-03-31`);
  return term(TermName.SUMMER, year - 1, `${year}-04-01`, `${year}-08-31`);
}

/** The term before, by the default dates. */
export function previousDefaultTerm(current: AcademicTerm): AcademicTerm {
  const dayBefore = new Date(`${current.startsOn}T12:00:00Z`);
  dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
  return defaultTermOf(dayBefore.toISOString().slice(0, 10));
}

export function termLabel(t: AcademicTerm): string {
  const name = t.name.charAt(0) + t.name.slice(1).toLowerCase();
  return `${name} ${t.academicYear}/${String((t.academicYear + 1) % 100).padStart(2, '0')}`;
}

function term(name: TermName, academicYear: number, startsOn: IsoDate, endsOn: IsoDate): AcademicTerm {
  return { name, academicYear, startsOn, endsOn };
}
