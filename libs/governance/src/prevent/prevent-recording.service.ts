import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { londonToday } from '@safeguard/calendar';
import { CommonException } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { PreventDutyService } from './prevent-duty.service';
import { PreventRiskAssessment } from './prevent-risk-assessment.entity';
import { firstYearOf, PREVENT_RULES, schoolYearLabel, schoolYearOf } from './prevent-rules';
import { PreventTrainingRecord } from './prevent-training-record.entity';
import { RecordPreventRiskAssessmentInput, RecordPreventTrainingInput } from './prevent.inputs';
import { PreventPolicy } from './prevent.policy';
import { peopleInPost } from './school-people';

const SCHOOL_ROLES = ['HEADTEACHER', 'DSL', 'GOVERNANCE_CLERK'];

/** What the audit trail keeps of a risk assessment, before and after a change. */
function assessmentFacts(a: PreventRiskAssessment | null): Record<string, unknown> | null {
  if (!a) return null;
  const theme = (t: PreventRiskAssessment['riskAssessment']) => ({ rating: t.rating, actions: t.actions });
  return {
    schoolYear: a.schoolYear,
    ...Object.fromEntries(PREVENT_RULES.themes.map((name) => [name, theme(a[name])])),
    overallRating: a.overallRating,
    staffHeadcount: a.staffHeadcount,
    reviewedOn: a.reviewedOn,
  };
}

/** A school recording its Prevent risk assessment and its staff's training; each change audited. */
@Injectable()
export class PreventRecordingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly duty: PreventDutyService,
    private readonly policy: PreventPolicy,
    private readonly audit: AuditService,
  ) {}

  /** Records the risk assessment for its school year, replacing one already recorded for that year. */
  async recordRiskAssessment(actor: Actor, input: RecordPreventRiskAssessmentInput): Promise<PreventRiskAssessment> {
    const school = await this.duty.school(this.policy.defaultSchool(actor, input.schoolId));
    this.policy.assertCanRecord(actor, school);
    if (input.reviewedOn > londonToday()) throw CommonException.invalidInput('reviewedOn', 'The review date cannot be in the future');
    const reviewYear = firstYearOf(schoolYearOf(input.reviewedOn))!;
    const schoolYear = input.schoolYear ?? schoolYearLabel(reviewYear);
    const start = firstYearOf(schoolYear);
    if (start === null || start < reviewYear || start > reviewYear + 1) {
      throw CommonException.invalidInput(
        'schoolYear',
        `A risk assessment reviewed on ${input.reviewedOn} is for ${schoolYearLabel(reviewYear)} or ${schoolYearLabel(reviewYear + 1)}`,
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(PreventRiskAssessment, {
        where: { schoolId: school.id, schoolYear },
        lock: { mode: 'pessimistic_write' },
      });
      const values = {
        schoolId: school.id,
        localAuthorityId: school.localAuthorityId,
        schoolYear,
        riskAssessment: { ...input.riskAssessment },
        partnership: { ...input.partnership },
        staffTraining: { ...input.staffTraining },
        onlineSafety: { ...input.onlineSafety },
        overallRating: input.overallRating,
        staffHeadcount: input.staffHeadcount,
        reviewedOn: input.reviewedOn,
        recordedById: actor.userId,
      };
      // An upsert, so two first recordings of the same year at once cannot both insert.
      await manager.upsert(PreventRiskAssessment, values, { conflictPaths: ['schoolId', 'schoolYear'] });
      const after = await manager.findOneByOrFail(PreventRiskAssessment, { schoolId: school.id, schoolYear });
      await this.audit.record(manager, actor, {
        action: before ? 'prevent.update_risk_assessment' : 'prevent.record_risk_assessment',
        entityType: 'PreventRiskAssessment',
        entityId: after.id,
        localAuthorityId: school.localAuthorityId,
        details: { schoolId: school.id, before: assessmentFacts(before), after: assessmentFacts(after) },
      });
      return after;
    });
  }

  /** Records one member of staff's Prevent training. A trainee with an account must belong to the school today. */
  async recordTraining(actor: Actor, input: RecordPreventTrainingInput): Promise<PreventTrainingRecord> {
    const school = await this.duty.school(this.policy.defaultSchool(actor, input.schoolId));
    this.policy.assertCanRecord(actor, school);
    const today = londonToday();
    if (input.trainedOn > today) throw CommonException.invalidInput('trainedOn', 'The training date cannot be in the future');
    return this.dataSource.transaction(async (manager) => {
      let staffName = input.staffName ?? null;
      let isDsl = Boolean(input.isDsl);
      if (input.userId) {
        const people = await peopleInPost(manager, school.id, today, SCHOOL_ROLES);
        const person = people.find((p) => p.userId === input.userId);
        if (!person) throw CommonException.invalidInput('userId', 'That account holds no role at this school today');
        const dsls = await peopleInPost(manager, school.id, today, ['DSL']);
        isDsl ||= dsls.some((d) => d.userId === input.userId);
        staffName ??= person.name;
      }
      if (!staffName) throw CommonException.invalidInput('staffName', 'Give the trainee’s name, or their account');
      const record = await manager.save(
        manager.create(PreventTrainingRecord, {
          schoolId: school.id,
          localAuthorityId: school.localAuthorityId,
          staffName,
          staffRole: input.staffRole,
          userId: input.userId ?? null,
          isDsl,
          trainedOn: input.trainedOn,
          course: input.course,
          recordedById: actor.userId,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'prevent.record_training',
        entityType: 'PreventTrainingRecord',
        entityId: record.id,
        localAuthorityId: school.localAuthorityId,
        details: { schoolId: school.id, userId: record.userId, isDsl, staffRole: record.staffRole, trainedOn: record.trainedOn, course: record.course },
      });
      return record;
    });
  }
}
