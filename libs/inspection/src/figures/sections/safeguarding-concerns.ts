import {
  CATEGORY_LABELS, ChannelOutcome, ConcernCategory, ConcernMeasuresService, DecisionOutcome, OUTCOME_LABELS,
} from '@safeguard/concerns';
import { FiguresContext, measure, oneDecimal, queryByTerm, reportTerm, sectionOf, TERMS_CTE } from '../figure-terms';
import { concernsLink, gqlEnum } from '../record-links';
import { Breakdown, Measure, ReportSection } from '../report-figures';

export const CONCERNS_SECTION = { key: 'concerns', number: 4, title: 'Safeguarding concerns and decisions' } as const;

type ConcernMeasures = Awaited<ReturnType<ConcernMeasuresService['measures']>>;

/**
 * What the front door's measures do not give per term: outcomes in effect by outcome alone (a
 * concern counted once, whatever its categories), and the sign-off backlog as it stood at the end
 * of a past term (the measures read it now). Concerns are counted by the London date they were
 * submitted, drafts never, as the measures count them.
 */
const CONCERN_TERM_FIGURES = `
  WITH ${TERMS_CTE}
  SELECT t.i,
         (SELECT coalesce(json_object_agg(o.outcome, o.n), '{}')
            FROM (SELECT c.outcome::text AS outcome, count(*)::int AS n FROM concerns c
                   WHERE c.local_authority_id = $1 AND c.status::text <> 'DRAFT' AND c.submitted_at IS NOT NULL AND c.outcome IS NOT NULL
                     AND (c.submitted_at AT TIME ZONE 'Europe/London')::date BETWEEN t.starts_on AND t.ends_on
                   GROUP BY 1) o) AS outcomes,
         w.awaiting, w.oldest_wait_hours, w.median_wait_hours
    FROM terms t
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS awaiting,
             (extract(epoch FROM t.as_at_instant - min(d.decided_at)) / 3600)::float AS oldest_wait_hours,
             (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t.as_at_instant - d.decided_at)) / 3600)::float AS median_wait_hours
        FROM concern_decisions d
       WHERE d.local_authority_id = $1 AND d.needs_sign_off AND d.decided_at < t.as_at_instant
         AND (d.status::text = 'AWAITING_SIGN_OFF' OR d.signed_off_at >= t.as_at_instant)
    ) w ON true
   ORDER BY t.i`;

interface ConcernTermRow {
  i: number;
  outcomes: Partial<Record<DecisionOutcome, number>>;
  awaiting: number;
  oldest_wait_hours: number | null;
  median_wait_hours: number | null;
}

export async function concernsSection(ctx: FiguresContext, measures: ConcernMeasuresService): Promise<ReportSection> {
  const la = ctx.localAuthorityId;
  const perTerm: Array<ConcernMeasures | null> = [];
  // One after the other: a transaction's manager has one connection.
  for (const t of ctx.terms) perTerm.push(t.started ? await measures.measures(la, { from: t.startsOn, to: t.endsOn }, ctx.manager) : null);
  const rows = await queryByTerm<ConcernTermRow>(ctx, CONCERN_TERM_FIGURES);
  const m = (key: string, label: string, unit: Measure['unit'], value: (c: ConcernMeasures) => number | null, link?: string) =>
    measure(ctx, key, label, unit, perTerm.map((c) => (c ? value(c) : null)), link);
  // The measures read the sign-off backlog now: right for the term running, not for one that has ended.
  const backlog = (value: (c: ConcernMeasures) => number | null, past: (r: ConcernTermRow) => number | null) =>
    ctx.terms.map((t, i) => (t.current ? value(perTerm[i]!) : past(rows[i])));
  const received = concernsLink(la);
  const awaitingLink = concernsLink(la, { status: gqlEnum('AWAITING_SIGN_OFF') });
  const decided = concernsLink(la, { status: gqlEnum('DECIDED') });

  return sectionOf(
    CONCERNS_SECTION,
    [
      m('concerns.received', 'Concerns received in the term', 'count', (c) => c.contactsReceived, received),
      m('concerns.decisionsDue', 'Of those, decided or past their decision deadline', 'count', (c) => c.decisionsDue, received),
      m('concerns.decidedWithinOneWorkingDay', 'Decided within one working day', 'count', (c) => c.decidedWithinOneWorkingDay, received),
      m('concerns.decidedWithinOneWorkingDayPercent', 'Decided within one working day, as a share of those due', 'percent',
        (c) => c.decidedWithinOneWorkingDayPercent, received),
      m('concerns.medianHoursToDecision', 'Median time from receipt to first decision', 'hours', (c) => c.medianHoursToDecision, received),
      measure(ctx, 'concerns.awaitingSignOff', 'Decisions awaiting a manager’s sign-off at term end', 'count',
        backlog((c) => c.awaitingSignOff, (r) => r.awaiting), awaitingLink),
      measure(ctx, 'concerns.oldestSignOffWaitHours', 'Longest wait of those for sign-off at term end', 'hours',
        backlog((c) => c.oldestSignOffWaitHours, (r) => oneDecimal(r.oldest_wait_hours)), awaitingLink),
      measure(ctx, 'concerns.medianSignOffWaitHours', 'Median wait of those for sign-off at term end', 'hours',
        backlog((c) => c.medianSignOffWaitHours, (r) => oneDecimal(r.median_wait_hours)), awaitingLink),
      m('concerns.signedOff', 'Decisions signed off in the term', 'count', (c) => c.signedOff, decided),
      m('concerns.changedAtSignOff', 'Of those, changed by the manager at sign-off', 'count', (c) => c.changedAtSignOff, decided),
      ...Object.values(DecisionOutcome).map((outcome) =>
        measure(ctx, `concerns.outcome.${outcome}`, `Concerns received in the term with the outcome: ${OUTCOME_LABELS[outcome]}`, 'count',
          rows.map((r) => r.outcomes[outcome] ?? 0), decided)),
      // No query lists concerns by outcome, so Prevent referrals carry no link.
      m('concerns.preventReferrals', 'Prevent referrals (concerns received in the term referred to Channel)', 'count', (c) => c.preventReferrals),
      ...[...Object.values(ChannelOutcome), null].map((outcome) =>
        m(`concerns.channel.${outcome ?? 'AWAITED'}`, `Of those, Channel outcome: ${outcome ? outcome.toLowerCase().replace(/_/g, ' ') : 'awaited'}`, 'count',
          (c) => c.channelOutcomes.find((o) => o.outcome === outcome)?.count ?? 0)),
      m('concerns.repeat', 'Repeat concerns (the same child, another concern in the previous 12 months)', 'count', (c) => c.repeatConcerns),
      m('concerns.childrenWithRepeats', 'Children with a repeat concern in the term', 'count', (c) => c.childrenWithRepeatConcerns),
    ],
    outcomesByCategory(perTerm.at(-1) ?? null, reportTerm(ctx).label),
  );
}

/** The report term's outcomes by category (a concern with several categories counts once in each). */
function outcomesByCategory(c: ConcernMeasures | null, termLabel: string): Breakdown[] {
  if (!c) return [];
  const outcomes = Object.values(DecisionOutcome);
  const categories = Object.values(ConcernCategory).filter((cat) => c.outcomesByCategory.some((o) => o.category === cat));
  return [{
    key: 'concerns.outcomesByCategory',
    label: `Concerns received in ${termLabel} with a decision in effect, by category and outcome`,
    columns: outcomes.map((o) => OUTCOME_LABELS[o]),
    rows: categories.map((cat) => ({
      label: CATEGORY_LABELS[cat],
      values: outcomes.map((o) => c.outcomesByCategory.find((x) => x.category === cat && x.outcome === o)?.count ?? 0),
    })),
  }];
}
