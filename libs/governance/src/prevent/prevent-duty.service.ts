import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, MoreThanOrEqual, Repository } from 'typeorm';
import { defaultTermOf, IsoDate, londonToday } from '@safeguard/calendar';
import { School, SchoolsService } from '@safeguard/organisations';
import { CommonException, ConnectionShape, paginate } from '@safeguard/platform';
import { Actor, Role } from '@safeguard/policy';
import { SafeguardingReturn } from '../returns/safeguarding-return.entity';
import { PreventRiskAssessment } from './prevent-risk-assessment.entity';
import { dslRefreshDueOn, dslTrainingCutoff, firstYearOf, schoolYearOf, staffTrainingCutoff } from './prevent-rules';
import { PreventTrainingRecord } from './prevent-training-record.entity';
import { HeadcountSource } from './prevent.enums';
import { DslPreventTrainingModel, PreventDutyModel, PreventReferralsModel, TrainingRecordsArgs } from './prevent.models';
import { PreventPolicy } from './prevent.policy';
import { peopleInPost } from './school-people';

/**
 * The school's Prevent concerns, read by plain SQL so governance does not depend on the concerns
 * library: submitted concerns of school $1 about radicalisation, or referred to Prevent.
 */
const PREVENT_CONCERNS = `
  FROM concerns c
 WHERE c.school_id = $1 AND c.status::text <> 'DRAFT'
   AND ('RADICALISATION' = ANY(c.categories::text[]) OR c.outcome::text = 'PREVENT_REFERRAL')`;

const REFERRAL_COUNTS = `
  SELECT count(*)::int AS count,
         count(*) FILTER (WHERE c.outcome::text = 'PREVENT_REFERRAL')::int AS referred,
         count(*) FILTER (WHERE (c.submitted_at AT TIME ZONE 'Europe/London')::date BETWEEN $2::date AND $3::date)::int AS this_term
  ${PREVENT_CONCERNS}`;

const REFERRAL_LIST = `
  SELECT c.id, c.submitted_at, c.outcome::text AS outcome, c.channel_outcome::text AS channel_outcome,
         to_char(c.channel_outcome_on, 'YYYY-MM-DD') AS channel_outcome_on
  ${PREVENT_CONCERNS}
 ORDER BY c.submitted_at DESC NULLS LAST, c.id
 LIMIT 100`;

/** Distinct staff (by account, else by name) trained at school $1 on or after $2. */
const STAFF_TRAINED = `
  SELECT count(DISTINCT coalesce(t.user_id::text, lower(t.staff_name)))::int AS n
    FROM prevent_training_records t WHERE t.school_id = $1 AND t.trained_on >= $2::date`;

/** The latest training at school $1 of each user in $2. */
const LATEST_BY_USER = `
  SELECT t.user_id, to_char(max(t.trained_on), 'YYYY-MM-DD') AS last
    FROM prevent_training_records t WHERE t.school_id = $1 AND t.user_id = ANY($2::uuid[])
   GROUP BY t.user_id`;

/** Reading a school's Prevent duty record: what it recorded, and what the portal works out from it. */
@Injectable()
export class PreventDutyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(PreventRiskAssessment) private readonly assessments: Repository<PreventRiskAssessment>,
    @InjectRepository(PreventTrainingRecord) private readonly training: Repository<PreventTrainingRecord>,
    private readonly schools: SchoolsService,
    private readonly policy: PreventPolicy,
  ) {}

  /** The school, or NOT_FOUND. */
  async school(id: string): Promise<School> {
    const school = await this.schools.findById(id);
    if (!school) throw CommonException.notFound('The school');
    return school;
  }

  async read(actor: Actor, schoolId: string): Promise<PreventDutyModel> {
    const school = await this.school(schoolId);
    this.policy.assertCanRead(actor, school);
    const record = await this.recordOf(school, londonToday());
    // Which concerns were referred is concern data: a governance clerk sees the counts only.
    const readsConcerns =
      actor.schoolIds(Role.HEADTEACHER, Role.DSL).includes(school.id) || actor.localAuthorityIds(Role.LA_OFFICER, Role.LA_MANAGER, Role.HMI).includes(school.localAuthorityId);
    return readsConcerns ? record : { ...record, preventReferrals: { ...record.preventReferrals, concerns: [] } };
  }

  /** The record as of `today`, for a school the caller may read. Pass a transaction to read from its snapshot. */
  async recordOf(school: School, today: IsoDate, manager: EntityManager = this.dataSource.manager): Promise<PreventDutyModel> {
    const term = defaultTermOf(today);
    const schoolYear = schoolYearOf(today);
    // One after the other: a transaction's manager has one connection.
    const assessment = await manager.findOne(PreventRiskAssessment, { where: { schoolId: school.id }, order: { schoolYear: 'DESC' } });
    const latestReturn = await manager.findOne(SafeguardingReturn, { where: { schoolId: school.id }, order: { termStartsOn: 'DESC' } });
    const currentReturn = latestReturn?.termStartsOn === term.startsOn ? latestReturn : null;
    const dsls = await this.dslTraining(manager, school.id, today);
    const [{ n: staffTrained }] = await manager.query(STAFF_TRAINED, [school.id, staffTrainingCutoff(today)]);
    const preventReferrals = await this.referrals(manager, school.id, term.startsOn, term.endsOn);
    const headcount = latestHeadcount(assessment, latestReturn);
    return {
      schoolId: school.id,
      schoolName: school.name,
      asOf: today,
      schoolYear,
      riskAssessment: assessment,
      riskAssessmentCurrent: Boolean(assessment && firstYearOf(assessment.schoolYear)! >= firstYearOf(schoolYear)!),
      dslTrained: dsls.length ? dsls.every((d) => d.trained) : await this.unnamedDslTrained(manager, school.id, today),
      untrainedDsls: dsls.filter((d) => !d.trained).map((d) => d.name),
      dsls,
      staffTrained,
      staffHeadcount: headcount?.count ?? null,
      staffHeadcountSource: headcount?.source ?? null,
      shareOfStaffTrained: headcount?.count ? Math.round((staffTrained / headcount.count) * 1000) / 1000 : null,
      preventReferrals,
      currentReturn,
      returnSuggestion: { staffHeadcount: headcount?.count ?? null, staffPreventTrained: staffTrained, preventReferrals: preventReferrals.thisTerm },
    };
  }

  /** The school's training records, newest first. */
  trainingRecords(schoolId: string, args: TrainingRecordsArgs): Promise<ConnectionShape<PreventTrainingRecord>> {
    const query = this.training.createQueryBuilder('t').where('t.schoolId = :schoolId', { schoolId });
    return paginate(query, { columns: ['t.trainedOn', 't.id'], keyOf: (t) => [t.trainedOn, t.id], direction: 'DESC' }, args);
  }

  /** Each DSL in post today and their latest training here: a DSL with an account is trained only through a record linked to it. */
  private async dslTraining(manager: EntityManager, schoolId: string, today: IsoDate): Promise<DslPreventTrainingModel[]> {
    const dsls = await peopleInPost(manager, schoolId, today, ['DSL']);
    if (!dsls.length) return [];
    const rows: Array<{ user_id: string; last: string }> = await manager.query(LATEST_BY_USER, [schoolId, dsls.map((d) => d.userId)]);
    const cutoff = dslTrainingCutoff(today);
    return dsls.map((d) => {
      const last = rows.find((r) => r.user_id === d.userId)?.last ?? null;
      return {
        userId: d.userId,
        name: d.name,
        trained: last !== null && last >= cutoff,
        lastTrainedOn: last,
        refreshDueOn: last && dslRefreshDueOn(last),
      };
    });
  }

  /** With no DSL account at the school, a record marked as the DSL's (within the refresh period) stands for them. */
  private async unnamedDslTrained(manager: EntityManager, schoolId: string, today: IsoDate): Promise<boolean> {
    return manager.exists(PreventTrainingRecord, {
      where: { schoolId, isDsl: true, trainedOn: MoreThanOrEqual(dslTrainingCutoff(today)) },
    });
  }

  private async referrals(manager: EntityManager, schoolId: string, from: IsoDate, to: IsoDate): Promise<PreventReferralsModel> {
    const [counts]: Array<{ count: number; referred: number; this_term: number }> = await manager.query(REFERRAL_COUNTS, [schoolId, from, to]);
    const rows: Array<{ id: string; submitted_at: Date | null; outcome: string | null; channel_outcome: string | null; channel_outcome_on: string | null }> =
      await manager.query(REFERRAL_LIST, [schoolId]);
    return {
      count: counts.count,
      referredToPrevent: counts.referred,
      thisTerm: counts.this_term,
      concerns: rows.map((r) => ({
        concernId: r.id,
        submittedAt: r.submitted_at,
        outcome: r.outcome,
        channelOutcome: r.channel_outcome,
        channelOutcomeOn: r.channel_outcome_on,
      })),
    };
  }
}

/** The most recently given headcount: the risk assessment's review day against the return's submission day. */
function latestHeadcount(
  assessment: PreventRiskAssessment | null,
  latestReturn: SafeguardingReturn | null,
): { count: number; source: HeadcountSource } | null {
  const returnedOn = latestReturn ? londonToday(latestReturn.submittedAt) : null;
  if (latestReturn && (!assessment || returnedOn! >= assessment.reviewedOn)) {
    return { count: latestReturn.staffHeadcount, source: HeadcountSource.SAFEGUARDING_RETURN };
  }
  return assessment ? { count: assessment.staffHeadcount, source: HeadcountSource.RISK_ASSESSMENT } : null;
}
