import { defaultTermOf } from '@safeguard/calendar';
import { GovernanceOverviewService } from '@safeguard/governance';
import { SchoolTypeGroup } from '@safeguard/organisations';
import { FiguresContext, measure, percentOf, queryByTerm, reportTerm, sectionOf, TERMS_CTE } from '../figure-terms';
import { apiQuery } from '../record-links';
import { Breakdown, ReportSection } from '../report-figures';
import { SCHOOL_TYPE_LABELS, SCHOOL_TYPES } from '../school-types';

export const GOVERNANCE_SECTION = { key: 'governance', number: 5, title: 'Governance suitability checks' } as const;

type Completion = Awaited<ReturnType<GovernanceOverviewService['completionFor']>>;

/** One kind of school's completion in one term: read live for the term running, from the worker's snapshot for an ended one. */
interface TypeCompletion {
  type: SchoolTypeGroup;
  required: number;
  done: number;
  /** Overdue or refused. */
  overdue: number;
}

/**
 * The worker's termly snapshots of the authority's completion, for each term (none for a term it did
 * not see). The worker keys them by the default term ($6: the default term each report term starts in).
 */
const SNAPSHOTS = `
  WITH ${TERMS_CTE}
  SELECT t.i,
         coalesce(json_agg(json_build_object('type', s.school_type_group, 'required', s.required, 'done', s.done, 'overdue', s.overdue))
                    FILTER (WHERE s.local_authority_id IS NOT NULL), '[]') AS snapshot
    FROM terms t
    LEFT JOIN governance_completion_snapshots s ON s.local_authority_id = $1 AND s.term_starts_on = ($6::date[])[t.i]
   GROUP BY t.i ORDER BY t.i`;

export async function governanceSection(ctx: FiguresContext, overview: GovernanceOverviewService): Promise<ReportSection> {
  const current = ctx.terms.some((t) => t.current) ? await overview.completionFor(ctx.manager, ctx.localAuthorityId, ctx.today) : null;
  const snapshots = await queryByTerm<{ i: number; snapshot: TypeCompletion[] }>(ctx, SNAPSHOTS, [ctx.terms.map((t) => defaultTermOf(t.startsOn).startsOn)]);
  // A term with neither is unknown (null), never complete or empty.
  const byTerm: Array<TypeCompletion[] | null> = ctx.terms.map((t, i) => {
    if (t.current) return current!.byType.map((b) => ({ type: b.schoolTypeGroup, required: b.tally.required, done: b.tally.done, overdue: b.tally.overdue + b.tally.refused }));
    return snapshots[i].snapshot.length ? snapshots[i].snapshot : null;
  });
  const sum = (rows: TypeCompletion[] | null, key: 'required' | 'done' | 'overdue') => (rows ? rows.reduce((n, r) => n + r[key], 0) : null);
  const liveOnly = (value: (c: Completion) => number) => ctx.terms.map((t) => (t.current ? value(current!) : null));
  const link = apiQuery('governanceCompletion', { localAuthorityId: ctx.localAuthorityId });
  const types = SCHOOL_TYPES.filter((type) => byTerm.some((rows) => rows?.some((r) => r.type === type)));

  return sectionOf(
    GOVERNANCE_SECTION,
    [
      measure(ctx, 'governance.checksRequired', 'Suitability checks required of people governing the authority’s schools', 'count',
        byTerm.map((rows) => sum(rows, 'required')), link),
      measure(ctx, 'governance.checksDone', 'Of those, done and current', 'count', byTerm.map((rows) => sum(rows, 'done')), link),
      measure(ctx, 'governance.percentDone', 'Suitability checks complete', 'percent',
        byTerm.map((rows) => percentOf(sum(rows, 'done'), sum(rows, 'required'))), link),
      measure(ctx, 'governance.checksOverdue', 'Checks overdue or refused', 'count', byTerm.map((rows) => sum(rows, 'overdue')), link),
      ...types.map((type) =>
        measure(ctx, `governance.percentDone.${type}`, `Suitability checks complete: ${SCHOOL_TYPE_LABELS[type].toLowerCase()}`, 'percent',
          byTerm.map((rows) => {
            const row = rows?.find((r) => r.type === type);
            return row ? percentOf(row.done, row.required) : null;
          }), link)),
      measure(ctx, 'governance.schoolsOverdue', 'Schools with someone’s check overdue or refused (known for the term running only)', 'count',
        liveOnly((c) => c.schoolsOverdue.length), link),
      measure(ctx, 'governance.schoolsWithNoRecord', 'Schools with nobody on record as governing them (term running only)', 'count',
        liveOnly((c) => c.byType.reduce((n, b) => n + b.schoolsWithNoRecord, 0)), link),
      measure(ctx, 'governance.appointments', 'Appointments in force (term running only)', 'count',
        liveOnly((c) => c.byType.reduce((n, b) => n + b.appointments, 0)), link),
    ],
    breakdowns(ctx, current, byTerm.at(-1) ?? null),
  );
}

function breakdowns(ctx: FiguresContext, current: Completion | null, last: TypeCompletion[] | null): Breakdown[] {
  const term = reportTerm(ctx);
  if (term.current && current) {
    return [
      {
        key: 'governance.byType',
        label: `Suitability checks by kind of school, ${term.label} (as at ${ctx.today})`,
        columns: ['Schools', 'With nobody on record', 'Appointments in force', 'Checks required', 'Done', 'Due', 'Overdue', 'Refused', '% done'],
        rows: current.byType.map((b) => ({
          label: SCHOOL_TYPE_LABELS[b.schoolTypeGroup],
          values: [b.schools, b.schoolsWithNoRecord, b.appointments, b.tally.required, b.tally.done, b.tally.due, b.tally.overdue, b.tally.refused, b.percentDone],
        })),
      },
      {
        key: 'governance.schoolsOverdue',
        label: `Schools with a check overdue or refused, ${term.label} (as at ${ctx.today})`,
        columns: ['URN', 'Kind of school', 'People', 'Checks overdue or refused', 'Oldest missed deadline'],
        rows: current.schoolsOverdue.map((s) => ({
          label: s.schoolName,
          values: [s.urn, SCHOOL_TYPE_LABELS[s.schoolTypeGroup], s.people, s.checks, s.oldestDueOn],
        })),
      },
    ];
  }
  if (!last) return [];
  return [{
    key: 'governance.byType',
    label: `Suitability checks by kind of school at the end of ${term.label}`,
    columns: ['Checks required', 'Done', 'Overdue or refused', '% done'],
    rows: last.map((r) => ({ label: SCHOOL_TYPE_LABELS[r.type], values: [r.required, r.done, r.overdue, percentOf(r.done, r.required)] })),
  }];
}
