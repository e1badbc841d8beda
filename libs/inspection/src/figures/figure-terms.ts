import { EntityManager } from 'typeorm';
import { addDays, IsoDate, isIsoDate, londonInstant } from '@safeguard/calendar';
import { CommonException } from '@safeguard/platform';
import { Breakdown, Measure, ReportSection, ReportTerm } from './report-figures';

/** A report term as the figures read it. */
export interface FigureTerm extends ReportTerm {
  /**
   * The day "as at term end" measures are read on: the term's last day, or today while the term
   * runs (a register cannot be read at a day that has not come).
   */
  asAt: IsoDate;
  /** The instant those measures are read at: the end of `asAt` in London, or now while the term runs. */
  asAtInstant: Date;
  /** False for a term not begun: its values are null, never zeros. */
  started: boolean;
  /** True for the term that contains today. */
  current: boolean;
}

/** What every section reads: one authority, its terms (oldest first), one snapshot. */
export interface FiguresContext {
  manager: EntityManager;
  localAuthorityId: string;
  terms: FigureTerm[];
  today: IsoDate;
  now: Date;
}

export function figureTerms(terms: readonly ReportTerm[], today: IsoDate, now: Date): FigureTerm[] {
  if (!terms.length) throw CommonException.invalidInput('terms', 'Give at least one term');
  terms.forEach((t, i) => {
    if (!isIsoDate(t.startsOn) || !isIsoDate(t.endsOn) || t.endsOn < t.startsOn) {
      throw CommonException.invalidInput(`terms.${i}`, `${t.label}: a term runs from one date (YYYY-MM-DD) to a later one`);
    }
    if (i > 0 && t.startsOn <= terms[i - 1].endsOn) {
      throw CommonException.invalidInput(`terms.${i}`, 'Terms are given oldest first and do not overlap');
    }
  });
  return terms.map((t) => {
    const current = t.startsOn <= today && today <= t.endsOn;
    const asAt = t.endsOn < today ? t.endsOn : today;
    return {
      label: t.label,
      startsOn: t.startsOn,
      endsOn: t.endsOn,
      asAt,
      asAtInstant: current || t.startsOn > today ? now : londonInstant(addDays(asAt, 1)),
      started: t.startsOn <= today,
      current,
    };
  });
}

/**
 * The terms as a CTE `terms(starts_on, ends_on, as_at, as_at_instant, i)`, i counting from 1 in
 * report order. Statements using it take the authority as $1 and the terms as $2 to $5.
 */
export const TERMS_CTE = `terms AS (
    SELECT starts_on, ends_on, as_at, as_at_instant, i::int AS i
      FROM unnest($2::date[], $3::date[], $4::date[], $5::timestamptz[]) WITH ORDINALITY AS t(starts_on, ends_on, as_at, as_at_instant, i)
  )`;

/** $1 to $5 of a statement built on TERMS_CTE, then `extra` from $6. */
export function termParams(ctx: FiguresContext, extra: unknown[] = []): unknown[] {
  return [
    ctx.localAuthorityId,
    ctx.terms.map((t) => t.startsOn),
    ctx.terms.map((t) => t.endsOn),
    ctx.terms.map((t) => t.asAt),
    ctx.terms.map((t) => t.asAtInstant),
    ...extra,
  ];
}

/** Runs a statement built on TERMS_CTE; its rows come back one per term, in report order, by their `i`. */
export async function queryByTerm<T extends { i: number }>(ctx: FiguresContext, sql: string, extra: unknown[] = []): Promise<T[]> {
  const rows = (await ctx.manager.query(sql, termParams(ctx, extra))) as T[];
  return ctx.terms.map((_, index) => {
    const row = rows.find((r) => Number(r.i) === index + 1);
    if (!row) throw new Error(`The figures query returned no row for term ${index + 1}`);
    return row;
  });
}

/** A measure over the terms; a term not begun shows null whatever was computed for it. */
export function measure(
  ctx: FiguresContext,
  key: string,
  label: string,
  unit: Measure['unit'],
  values: ReadonlyArray<number | null | undefined>,
  link?: string,
): Measure {
  return {
    key,
    label,
    values: ctx.terms.map((t, i) => (t.started ? (values[i] ?? null) : null)),
    unit,
    ...(link ? { link } : {}),
  };
}

/** The same measure read from one row per term. */
export function measureOf<T>(
  ctx: FiguresContext,
  rows: readonly T[],
  key: string,
  label: string,
  unit: Measure['unit'],
  value: (row: T, term: FigureTerm) => number | null | undefined,
  link?: string,
): Measure {
  return measure(ctx, key, label, unit, rows.map((r, i) => value(r, ctx.terms[i])), link);
}

export function percentOf(part: number | null | undefined, whole: number | null | undefined): number | null {
  if (part == null || !whole) return null;
  return Math.round((part / whole) * 1000) / 10;
}

export function oneDecimal(value: number | null | undefined): number | null {
  return value == null ? null : Math.round(value * 10) / 10;
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface SectionHeading {
  key: ReportSection['key'];
  number: number;
  title: string;
}

export function sectionOf(heading: SectionHeading, measures: Measure[], breakdowns: Breakdown[] = []): ReportSection {
  return { ...heading, available: true, measures, breakdowns };
}

/** The report term: the last one. */
export function reportTerm(ctx: FiguresContext): FigureTerm {
  return ctx.terms[ctx.terms.length - 1];
}
