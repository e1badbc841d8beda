import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { IsoDate } from '@safeguard/calendar';
import { CONCERN_RULES } from '../concern-rules';
import { ChannelOutcomeCount, ConcernMeasures, ConcernOutcomeByCategory } from './concern-measures.models';

export interface MeasuresPeriod {
  from: IsoDate;
  to: IsoDate;
}

/**
 * Concerns at authority $1 submitted on London dates $2 to $3, drafts never, each marked when the
 * same child had another concern submitted in the $5 months before it. The window is counted on
 * London wall-clock time, then turned back into an instant so the child index serves the lookup.
 */
const RECEIVED = `
  WITH received AS MATERIALIZED (
    SELECT c.id, c.child_id, c.categories, c.submitted_at, c.decision_due_at, c.first_decided_at,
           c.outcome, c.channel_outcome,
           EXISTS (
             SELECT 1 FROM concerns p
              WHERE p.child_id = c.child_id AND p.id <> c.id AND p.status <> 'DRAFT'
                AND p.submitted_at < c.submitted_at
                AND p.submitted_at >= ((c.submitted_at AT TIME ZONE 'Europe/London') - make_interval(months => $5::int))
                                      AT TIME ZONE 'Europe/London'
           ) AS is_repeat
      FROM concerns c
     WHERE c.local_authority_id = $1 AND c.status <> 'DRAFT' AND c.submitted_at IS NOT NULL
       AND (c.submitted_at AT TIME ZONE 'Europe/London')::date BETWEEN $2::date AND $3::date
  )`;

/** One statement, so the counts and their breakdowns are read from the same snapshot. */
const CONCERN_FIGURES = `${RECEIVED}
  SELECT count(*)::int AS received,
         count(*) FILTER (WHERE first_decided_at IS NOT NULL OR decision_due_at < $4::timestamptz)::int AS decisions_due,
         count(*) FILTER (WHERE first_decided_at <= decision_due_at)::int AS decided_in_time,
         (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_decided_at - submitted_at)) / 3600)::float
           AS median_hours_to_decision,
         count(*) FILTER (WHERE outcome = 'PREVENT_REFERRAL')::int AS prevent_referrals,
         count(*) FILTER (WHERE is_repeat)::int AS repeat_concerns,
         count(DISTINCT child_id) FILTER (WHERE is_repeat)::int AS children_with_repeats,
         (SELECT coalesce(json_agg(json_build_object('category', category, 'outcome', outcome, 'count', n) ORDER BY category, outcome), '[]')
            FROM (SELECT category, r.outcome, count(DISTINCT r.id)::int AS n
                    FROM received r CROSS JOIN LATERAL unnest(r.categories) AS category
                   WHERE r.outcome IS NOT NULL
                   GROUP BY category, r.outcome) o) AS outcomes_by_category,
         (SELECT coalesce(json_agg(json_build_object('outcome', channel_outcome, 'count', n) ORDER BY channel_outcome), '[]')
            FROM (SELECT channel_outcome, count(*)::int AS n FROM received
                   WHERE outcome = 'PREVENT_REFERRAL'
                   GROUP BY channel_outcome) ch) AS channel_outcomes
    FROM received`;

/**
 * Sign-offs at authority $1: those waiting at $4 (whatever the period) and those given on London
 * dates $2 to $3. A manager's replacement decision carries no verdict, so it is not counted again.
 */
const SIGN_OFF_FIGURES = `
  SELECT count(*) FILTER (WHERE status = 'AWAITING_SIGN_OFF')::int AS awaiting,
         (extract(epoch FROM $4::timestamptz - min(decided_at) FILTER (WHERE status = 'AWAITING_SIGN_OFF')) / 3600)::float
           AS oldest_wait_hours,
         (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM $4::timestamptz - decided_at))
            FILTER (WHERE status = 'AWAITING_SIGN_OFF') / 3600)::float AS median_wait_hours,
         count(*) FILTER (WHERE in_period)::int AS signed_off,
         count(*) FILTER (WHERE in_period AND sign_off_verdict = 'CHANGE')::int AS changed
    FROM (SELECT status, decided_at, sign_off_verdict,
                 sign_off_verdict IS NOT NULL
                   AND (signed_off_at AT TIME ZONE 'Europe/London')::date BETWEEN $2::date AND $3::date AS in_period
            FROM concern_decisions
           WHERE local_authority_id = $1 AND (status = 'AWAITING_SIGN_OFF' OR signed_off_at IS NOT NULL)) d`;

interface ConcernFiguresRow {
  received: number;
  decisions_due: number;
  decided_in_time: number;
  median_hours_to_decision: number | null;
  prevent_referrals: number;
  repeat_concerns: number;
  children_with_repeats: number;
  outcomes_by_category: ConcernOutcomeByCategory[];
  channel_outcomes: ChannelOutcomeCount[];
}

interface SignOffFiguresRow {
  awaiting: number;
  oldest_wait_hours: number | null;
  median_wait_hours: number | null;
  signed_off: number;
  changed: number;
}

/**
 * The front door's figures for one authority and period. No policy here: the resolver
 * authorises its caller, and the termly report calls this for the authority it reports on.
 */
@Injectable()
export class ConcernMeasuresService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Pass the caller's transaction to read the figures from its snapshot. */
  async measures(localAuthorityId: string, period: MeasuresPeriod, manager?: EntityManager): Promise<ConcernMeasures> {
    const db = manager ?? this.dataSource.manager;
    const asOf = new Date();
    const params = [localAuthorityId, period.from, period.to, asOf];
    // One after the other: a transaction's manager has one connection, and pg deprecates overlapping queries on it.
    const [c] = (await db.query(CONCERN_FIGURES, [...params, CONCERN_RULES.repeatConcernMonths])) as ConcernFiguresRow[];
    const [s] = (await db.query(SIGN_OFF_FIGURES, params)) as SignOffFiguresRow[];
    return {
      localAuthorityId,
      from: period.from,
      to: period.to,
      asOf,
      contactsReceived: c.received,
      decisionsDue: c.decisions_due,
      decidedWithinOneWorkingDay: c.decided_in_time,
      decidedWithinOneWorkingDayPercent: c.decisions_due ? oneDecimal((100 * c.decided_in_time) / c.decisions_due) : null,
      medianHoursToDecision: oneDecimal(c.median_hours_to_decision),
      awaitingSignOff: s.awaiting,
      oldestSignOffWaitHours: oneDecimal(s.oldest_wait_hours),
      medianSignOffWaitHours: oneDecimal(s.median_wait_hours),
      signedOff: s.signed_off,
      changedAtSignOff: s.changed,
      outcomesByCategory: c.outcomes_by_category,
      preventReferrals: c.prevent_referrals,
      channelOutcomes: c.channel_outcomes,
      repeatConcerns: c.repeat_concerns,
      childrenWithRepeatConcerns: c.children_with_repeats,
    };
  }
}

function oneDecimal(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}
