import { defaultTermOf } from '@safeguard/calendar';
import {
  dslTrainingCutoff, firstYearOf, SafeguardingReturnsService, schoolYearOf, staffTrainingCutoff,
} from '@safeguard/governance';
import { SchoolTypeGroup } from '@safeguard/organisations';
import { FiguresContext, measure, oneDecimal, percentOf, queryByTerm, reportTerm, sectionOf, TERMS_CTE } from '../figure-terms';
import { apiQuery } from '../record-links';
import { Breakdown, ReportSection } from '../report-figures';
import { SCHOOL_TYPE_LABELS } from '../school-types';
import { membershipInForceSql } from '@safeguard/policy';

export const PREVENT_SECTION = { key: 'prevent', number: 6, title: 'Prevent duty' } as const;

type AuthorityReturns = Awaited<ReturnType<SafeguardingReturnsService['returnsFor']>>;

/**
 * Each open school's Prevent duty record at each term's end, as PreventDutyService.recordOf reads one
 * school (risk assessment for the school year, every DSL in post trained within the refresh period,
 * distinct staff trained within the counting period, the latest headcount given), counted by kind of
 * school for the whole authority in one statement rather than one school at a time. Records dated
 * after the term's end are not read for it. $6 to $8: per term, the school year's first year and the
 * DSL and staff training cutoffs (prevent-rules.ts).
 */
const PREVENT_FIGURES = `
  WITH ${TERMS_CTE},
  rules AS (
    SELECT year_start, dsl_cutoff, staff_cutoff, i::int AS i
      FROM unnest($6::int[], $7::date[], $8::date[]) WITH ORDINALITY AS r(year_start, dsl_cutoff, staff_cutoff, i)
  ),
  open_schools AS MATERIALIZED (
    SELECT s.id, s.type_group::text AS type_group FROM schools s WHERE s.local_authority_id = $1 AND lower(s.status) <> 'closed'
  ),
  dsls AS (
    SELECT DISTINCT t.i, m.school_id, m.user_id
      FROM terms t
      JOIN memberships m ON m.role::text = 'DSL' AND ${membershipInForceSql('m', 't.as_at')}
      JOIN users u ON u.id = m.user_id AND u.status::text <> 'DISABLED'
     WHERE m.school_id IN (SELECT id FROM open_schools)
  ),
  dsl_training AS MATERIALIZED (
    SELECT d.i, d.school_id,
           bool_and(EXISTS (SELECT 1 FROM prevent_training_records tr
                             WHERE tr.school_id = d.school_id AND tr.user_id = d.user_id AND tr.trained_on BETWEEN r.dsl_cutoff AND t.as_at)) AS all_trained
      FROM dsls d JOIN terms t USING (i) JOIN rules r USING (i)
     GROUP BY d.i, d.school_id
  ),
  per_school AS MATERIALIZED (
    SELECT t.i, s.type_group,
           EXISTS (SELECT 1 FROM prevent_risk_assessments a
                    WHERE a.school_id = s.id AND a.reviewed_on <= t.as_at AND a.school_year ~ '^[0-9]{4}/[0-9]{2}$'
                      AND substr(a.school_year, 1, 4)::int >= r.year_start) AS assessment_current,
           -- With no DSL account at the school, a record marked as the DSL's stands for them.
           coalesce(dt.all_trained, EXISTS (SELECT 1 FROM prevent_training_records tr
                                             WHERE tr.school_id = s.id AND tr.is_dsl AND tr.trained_on BETWEEN r.dsl_cutoff AND t.as_at)) AS dsl_trained,
           (SELECT count(DISTINCT coalesce(tr.user_id::text, lower(tr.staff_name)))::int FROM prevent_training_records tr
             WHERE tr.school_id = s.id AND tr.trained_on BETWEEN r.staff_cutoff AND t.as_at) AS staff_trained,
           CASE WHEN rt.staff_headcount IS NOT NULL AND (ra.staff_headcount IS NULL OR rt.returned_on >= ra.reviewed_on)
                THEN rt.staff_headcount ELSE ra.staff_headcount END AS headcount
      FROM terms t
      JOIN rules r USING (i)
      CROSS JOIN open_schools s
      LEFT JOIN dsl_training dt ON dt.i = t.i AND dt.school_id = s.id
      LEFT JOIN LATERAL (
        SELECT a.staff_headcount, a.reviewed_on FROM prevent_risk_assessments a
         WHERE a.school_id = s.id AND a.reviewed_on <= t.as_at ORDER BY a.school_year DESC LIMIT 1
      ) ra ON true
      LEFT JOIN LATERAL (
        SELECT g.staff_headcount, (g.submitted_at AT TIME ZONE 'Europe/London')::date AS returned_on FROM safeguarding_returns g
         WHERE g.school_id = s.id AND g.submitted_at < t.as_at_instant ORDER BY g.term_starts_on DESC LIMIT 1
      ) rt ON true
  ),
  by_type AS (
    SELECT i, type_group, count(*)::int AS schools,
           count(*) FILTER (WHERE assessment_current)::int AS assessments_current,
           count(*) FILTER (WHERE dsl_trained)::int AS dsl_trained,
           sum(staff_trained)::int AS staff_trained,
           coalesce(sum(staff_trained) FILTER (WHERE headcount IS NOT NULL), 0)::int AS staff_trained_counted,
           coalesce(sum(headcount), 0)::int AS headcount,
           count(headcount)::int AS schools_with_headcount
      FROM per_school GROUP BY i, type_group
  )
  SELECT t.i, coalesce(json_agg(b ORDER BY b.type_group) FILTER (WHERE b.i IS NOT NULL), '[]') AS by_type
    FROM terms t LEFT JOIN by_type b USING (i)
   GROUP BY t.i ORDER BY t.i`;

interface DutyByType {
  type_group: SchoolTypeGroup;
  schools: number;
  assessments_current: number;
  dsl_trained: number;
  staff_trained: number;
  staff_trained_counted: number;
  headcount: number;
  schools_with_headcount: number;
}

export async function preventSection(ctx: FiguresContext, returns: SafeguardingReturnsService): Promise<ReportSection> {
  const rows = await queryByTerm<{ i: number; by_type: DutyByType[] }>(ctx, PREVENT_FIGURES, [
    ctx.terms.map((t) => firstYearOf(schoolYearOf(t.asAt))),
    ctx.terms.map((t) => dslTrainingCutoff(t.asAt)),
    ctx.terms.map((t) => staffTrainingCutoff(t.asAt)),
  ]);
  const returned: Array<AuthorityReturns | null> = [];
  // Returns are made once in each default term: a report term reads those of the default term it starts in.
  for (const t of ctx.terms) returned.push(t.started ? await returns.returnsFor(ctx.localAuthorityId, returnsTerm(t.startsOn), ctx.manager) : null);
  const total = (key: Exclude<keyof DutyByType, 'type_group'>) => rows.map((r) => r.by_type.reduce((n, b) => n + b[key], 0));
  const [schools, assessments, dsls, staff, counted, headcount] = (
    ['schools', 'assessments_current', 'dsl_trained', 'staff_trained', 'staff_trained_counted', 'headcount'] as const
  ).map(total);
  const r = (value: (x: AuthorityReturns) => number | null) => returned.map((x) => (x ? value(x) : null));
  const returnsLink = apiQuery('safeguardingReturns', { localAuthorityId: ctx.localAuthorityId, termStartsOn: returnsTerm(reportTerm(ctx).startsOn) });

  return sectionOf(
    PREVENT_SECTION,
    [
      measure(ctx, 'prevent.schools', 'Open schools of every kind', 'count', schools),
      measure(ctx, 'prevent.riskAssessmentsCurrent', 'Schools with a Prevent risk assessment for the school year at term end', 'count', assessments),
      measure(ctx, 'prevent.riskAssessmentsCurrentPercent', 'Schools with a current Prevent risk assessment', 'percent',
        assessments.map((n, i) => percentOf(n, schools[i]))),
      measure(ctx, 'prevent.dslTrained', 'Schools whose designated safeguarding leads all hold current Prevent training (within two years)', 'count', dsls),
      measure(ctx, 'prevent.dslTrainedPercent', 'Schools whose DSLs are trained in Prevent', 'percent', dsls.map((n, i) => percentOf(n, schools[i]))),
      measure(ctx, 'prevent.staffTrained', 'Staff with Prevent awareness training in the last two years, as the schools recorded it', 'count', staff),
      measure(ctx, 'prevent.staffTrainedPercent', 'Staff trained in Prevent, as a share of the headcount of schools that gave one', 'percent',
        counted.map((n, i) => percentOf(n, headcount[i]))),
      measure(ctx, 'prevent.returnsReceived', 'Termly safeguarding returns received', 'count', r((x) => x.returned), returnsLink),
      measure(ctx, 'prevent.returnsMissing', 'Termly safeguarding returns missing', 'count', r((x) => x.missing), returnsLink),
      measure(ctx, 'prevent.returnsReceivedPercent', 'Schools that made their termly safeguarding return', 'percent',
        r((x) => percentOf(x.returned, x.schoolCount)), returnsLink),
      measure(ctx, 'prevent.returnedStaffTrainedPercent', 'Staff trained in Prevent, as the schools’ returns give it', 'percent',
        r((x) => (x.totals.shareOfStaffTrained === null ? null : oneDecimal(x.totals.shareOfStaffTrained * 100))), returnsLink),
      measure(ctx, 'prevent.returnedPreventReferrals', 'Prevent referrals, as the schools’ returns give them', 'count',
        r((x) => x.totals.preventReferrals), returnsLink),
    ],
    breakdowns(ctx, rows.at(-1)!.by_type, returned.at(-1) ?? null),
  );
}

const returnsTerm = (startsOn: string) => defaultTermOf(startsOn).startsOn;

function breakdowns(ctx: FiguresContext, duty: DutyByType[], returned: AuthorityReturns | null): Breakdown[] {
  const term = reportTerm(ctx);
  if (!term.started) return [];
  const result: Breakdown[] = [{
    key: 'prevent.dutyByType',
    label: `Prevent duty record by kind of school at the end of ${term.label} (as at ${term.asAt})`,
    columns: ['Schools', 'Risk assessment current', 'DSLs trained', 'Staff trained', 'Schools giving a headcount', 'Headcount', '% of headcount trained'],
    rows: duty.map((b) => ({
      label: SCHOOL_TYPE_LABELS[b.type_group],
      values: [b.schools, b.assessments_current, b.dsl_trained, b.staff_trained, b.schools_with_headcount, b.headcount,
        percentOf(b.staff_trained_counted, b.headcount)],
    })),
  }];
  if (returned) {
    result.push({
      key: 'prevent.returnsByType',
      label: `Termly safeguarding returns for ${returned.termLabel} by kind of school`,
      columns: ['Schools', 'Returned', 'Missing', '% returned'],
      rows: returned.byType.map((b) => ({
        label: SCHOOL_TYPE_LABELS[b.typeGroup],
        values: [b.schools, b.returned, b.schools - b.returned, percentOf(b.returned, b.schools)],
      })),
    });
  }
  return result;
}
