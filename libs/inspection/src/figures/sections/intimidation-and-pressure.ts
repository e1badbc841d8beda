import { PRESSURE_CATEGORY_LABELS, PressureCategory, PressureReportStatus } from '@safeguard/pressure';
import { FiguresContext, measureOf, oneDecimal, percentOf, queryByTerm, reportTerm, sectionOf, TERMS_CTE, termParams } from '../figure-terms';
import { apiQuery, gqlEnum, pressureReportsLink } from '../record-links';
import { Breakdown, ReportSection } from '../report-figures';

export const PRESSURE_SECTION = { key: 'pressure', number: 7, title: 'Intimidation and curriculum pressure' } as const;

/** SQL: the status report `r` had at instant `at` (its steps are stamped when they happen). */
const statusAt = (r: string, at: string) => `CASE WHEN ${r}.resolved_at < ${at} THEN 'RESOLVED'
  WHEN ${r}.action_started_at < ${at} THEN 'ACTION_IN_PROGRESS'
  WHEN ${r}.acknowledged_at < ${at} THEN 'ACKNOWLEDGED' ELSE 'SUBMITTED' END`;

/**
 * The authority's reports, counted per term: received by the London date they were submitted, where
 * each stood at the term's end, and how fast the council acknowledged them, measured to now ($6) as
 * the front door's measures are (a report from the term's last day may be acknowledged after it).
 * No school is named.
 */
const PRESSURE_FIGURES = `
  WITH ${TERMS_CTE},
  reports AS MATERIALIZED (
    SELECT r.id, r.school_id, r.category::text AS category, r.campaign_id, r.submitted_at, r.acknowledgement_due_at,
           r.acknowledged_at, r.action_started_at, r.resolved_at, (r.submitted_at AT TIME ZONE 'Europe/London')::date AS submitted_on
      FROM pressure_reports r WHERE r.local_authority_id = $1
  ),
  counted AS (
    SELECT t.i, t.starts_on, t.ends_on, t.as_at_instant, r.*, r.submitted_on BETWEEN t.starts_on AND t.ends_on AS received,
           ${statusAt('r', 't.as_at_instant')} AS status_then
      FROM terms t JOIN reports r ON r.submitted_at < t.as_at_instant
  ),
  figures AS (
    SELECT i,
           count(*) FILTER (WHERE received)::int AS received,
           count(DISTINCT school_id) FILTER (WHERE received)::int AS schools_reporting,
           count(*) FILTER (WHERE status_then = 'SUBMITTED')::int AS awaiting,
           count(*) FILTER (WHERE status_then = 'SUBMITTED' AND acknowledgement_due_at < as_at_instant)::int AS overdue,
           count(*) FILTER (WHERE status_then = 'ACKNOWLEDGED')::int AS acknowledged,
           count(*) FILTER (WHERE status_then = 'ACTION_IN_PROGRESS')::int AS in_progress,
           count(*) FILTER (WHERE (resolved_at AT TIME ZONE 'Europe/London')::date BETWEEN starts_on AND ends_on)::int AS resolved,
           count(*) FILTER (WHERE received AND (acknowledged_at IS NOT NULL OR acknowledgement_due_at < $6::timestamptz))::int AS ack_due,
           count(*) FILTER (WHERE received AND acknowledged_at <= acknowledgement_due_at)::int AS ack_in_time,
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM acknowledged_at - submitted_at)) FILTER (WHERE received) / 3600)::float
             AS median_ack_hours,
           count(*) FILTER (WHERE received AND campaign_id IS NOT NULL)::int AS in_campaign
      FROM counted GROUP BY i
  ),
  categories AS (
    SELECT i, jsonb_object_agg(category, n) AS by_category
      FROM (SELECT i, category, count(*)::int AS n FROM counted WHERE received GROUP BY i, category) c
     GROUP BY i
  ),
  campaigns AS (
    SELECT t.i, count(pc.id)::int AS campaigns_new
      FROM terms t LEFT JOIN pressure_campaigns pc
        ON pc.local_authority_id = $1 AND (pc.created_at AT TIME ZONE 'Europe/London')::date BETWEEN t.starts_on AND t.ends_on
     GROUP BY t.i
  )
  SELECT t.i, f.received, f.schools_reporting, f.awaiting, f.overdue, f.acknowledged, f.in_progress, f.resolved, f.ack_due, f.ack_in_time,
         f.median_ack_hours, f.in_campaign, c.by_category, cp.campaigns_new
    FROM terms t JOIN campaigns cp USING (i) LEFT JOIN figures f USING (i) LEFT JOIN categories c USING (i)
   ORDER BY t.i`;

interface PressureRow {
  i: number;
  received: number | null;
  by_category: Partial<Record<PressureCategory, number>> | null;
  awaiting: number | null;
  overdue: number | null;
  acknowledged: number | null;
  in_progress: number | null;
  resolved: number | null;
  ack_due: number | null;
  ack_in_time: number | null;
  in_campaign: number | null;
  median_ack_hours: number | null;
  schools_reporting: number | null;
  campaigns_new: number;
}

/** The report term's reports by category and where each stood at its end, and its campaigns. $6: the report term's number. */
const REPORT_TERM_TABLES = `
  WITH ${TERMS_CTE},
  term AS (SELECT * FROM terms WHERE i = $6)
  SELECT (SELECT coalesce(json_agg(json_build_object('category', category, 'status', status, 'n', n)), '[]')
            FROM (SELECT r.category::text AS category, ${statusAt('r', 't.as_at_instant')} AS status, count(*)::int AS n
                    FROM term t JOIN pressure_reports r ON r.local_authority_id = $1
                     AND (r.submitted_at AT TIME ZONE 'Europe/London')::date BETWEEN t.starts_on AND t.ends_on AND r.submitted_at < t.as_at_instant
                   GROUP BY 1, 2) x) AS by_category_status,
         (SELECT coalesce(json_agg(json_build_object('name', name, 'reports', reports, 'schools', schools, 'inTerm', in_term) ORDER BY name), '[]')
            FROM (SELECT pc.name, count(r.id)::int AS reports, count(DISTINCT r.school_id)::int AS schools,
                         count(r.id) FILTER (WHERE (r.submitted_at AT TIME ZONE 'Europe/London')::date BETWEEN t.starts_on AND t.ends_on)::int AS in_term
                    FROM term t JOIN pressure_campaigns pc ON pc.local_authority_id = $1 AND pc.created_at < t.as_at_instant
                    LEFT JOIN pressure_reports r ON r.campaign_id = pc.id AND r.submitted_at < t.as_at_instant
                   GROUP BY pc.id, pc.name, t.starts_on, t.ends_on
                  HAVING count(r.id) FILTER (WHERE (r.submitted_at AT TIME ZONE 'Europe/London')::date BETWEEN t.starts_on AND t.ends_on) > 0
                      OR bool_or((pc.created_at AT TIME ZONE 'Europe/London')::date BETWEEN t.starts_on AND t.ends_on)) y) AS campaigns,
         $6::int AS i`;

interface ReportTermTables {
  i: number;
  by_category_status: Array<{ category: PressureCategory; status: PressureReportStatus; n: number }>;
  campaigns: Array<{ name: string; reports: number; schools: number; inTerm: number }>;
}

export async function pressureSection(ctx: FiguresContext): Promise<ReportSection> {
  const rows = await queryByTerm<PressureRow>(ctx, PRESSURE_FIGURES, [ctx.now]);
  const [tables] = (await ctx.manager.query(REPORT_TERM_TABLES, termParams(ctx, [ctx.terms.length]))) as ReportTermTables[];
  const la = ctx.localAuthorityId;
  const m = (key: string, label: string, value: (r: PressureRow) => number | null, link?: string, unit: 'count' | 'percent' | 'hours' = 'count') =>
    measureOf(ctx, rows, key, label, unit, value, link);
  const status = (s: PressureReportStatus) => pressureReportsLink(la, { status: gqlEnum(s) });

  return sectionOf(
    PRESSURE_SECTION,
    [
      m('pressure.received', 'Reports of intimidation or pressure received in the term', (r) => r.received ?? 0, pressureReportsLink(la)),
      ...Object.values(PressureCategory).map((category) =>
        m(`pressure.category.${category}`, `Of those, ${PRESSURE_CATEGORY_LABELS[category]}`, (r) => r.by_category?.[category] ?? 0,
          pressureReportsLink(la, { category: gqlEnum(category) }))),
      m('pressure.schoolsReporting', 'Schools that reported in the term', (r) => r.schools_reporting ?? 0, pressureReportsLink(la)),
      m('pressure.awaitingAcknowledgement', 'Reports not yet acknowledged at term end', (r) => r.awaiting ?? 0, status(PressureReportStatus.SUBMITTED)),
      m('pressure.acknowledgementOverdue', 'Of those, past the two-working-day acknowledgement deadline', (r) => r.overdue ?? 0,
        pressureReportsLink(la, { acknowledgementOverdue: true })),
      m('pressure.acknowledged', 'Reports acknowledged, no action yet, at term end', (r) => r.acknowledged ?? 0, status(PressureReportStatus.ACKNOWLEDGED)),
      m('pressure.actionInProgress', 'Reports with action in progress at term end', (r) => r.in_progress ?? 0, status(PressureReportStatus.ACTION_IN_PROGRESS)),
      m('pressure.resolved', 'Reports resolved in the term', (r) => r.resolved ?? 0, status(PressureReportStatus.RESOLVED)),
      m('pressure.acknowledgedInTime', 'Reports received in the term acknowledged within two working days', (r) => r.ack_in_time ?? 0, pressureReportsLink(la)),
      m('pressure.acknowledgedInTimePercent', 'Acknowledged within two working days, as a share of those due', (r) => percentOf(r.ack_in_time, r.ack_due),
        pressureReportsLink(la), 'percent'),
      m('pressure.medianHoursToAcknowledge', 'Median time from report to acknowledgement, for reports received in the term', (r) => oneDecimal(r.median_ack_hours),
        pressureReportsLink(la), 'hours'),
      m('pressure.campaignsNew', 'Campaigns the council identified in the term (reports from several schools linked)', (r) => r.campaigns_new,
        apiQuery('pressureCampaigns', { localAuthorityId: la })),
      m('pressure.reportsInCampaigns', 'Reports received in the term that are part of a campaign', (r) => r.in_campaign ?? 0,
        apiQuery('pressureCampaigns', { localAuthorityId: la })),
    ],
    breakdowns(ctx, tables),
  );
}

function breakdowns(ctx: FiguresContext, tables: ReportTermTables): Breakdown[] {
  const term = reportTerm(ctx);
  if (!term.started) return [];
  const statuses = Object.values(PressureReportStatus);
  const categories = Object.values(PressureCategory).filter((c) => tables.by_category_status.some((x) => x.category === c));
  return [
    {
      key: 'pressure.byCategoryAndStatus',
      label: `Reports received in ${term.label} by category, and where each stood at its end (as at ${term.asAt})`,
      columns: statuses.map((s) => s.toLowerCase().replace(/_/g, ' ')),
      rows: categories.map((category) => ({
        label: PRESSURE_CATEGORY_LABELS[category],
        values: statuses.map((s) => tables.by_category_status.find((x) => x.category === category && x.status === s)?.n ?? 0),
      })),
    },
    {
      key: 'pressure.campaigns',
      label: `Campaigns identified in ${term.label} or with reports in it`,
      columns: ['Reports linked', 'Schools affected', 'Reports received in the term'],
      rows: tables.campaigns.map((c) => ({ label: c.name, values: [c.reports, c.schools, c.inTerm] })),
    },
  ];
}
