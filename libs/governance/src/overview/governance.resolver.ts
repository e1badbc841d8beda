import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { AppointmentModel, GovernanceCompletionModel, SchoolGovernanceModel, SuitabilityCheckModel } from '../governance.models';
import { GovernanceRecordService } from '../people/governance-record.service';
import { RecordAppointmentInput, RecordSuitabilityCheckInput, UpdateAppointmentInput } from '../people/governance.inputs';
import { GovernanceOverviewService } from './governance-overview.service';

@Resolver()
export class GovernanceResolver {
  constructor(
    private readonly overview: GovernanceOverviewService,
    private readonly record: GovernanceRecordService,
  ) {}

  @Query(() => SchoolGovernanceModel, { description: 'Who governs a school, each required check and its state, red/amber/green.' })
  @Authorize(Permission.ReadGovernance)
  schoolGovernance(
    @CurrentActor() actor: Actor,
    @Args('schoolId', { type: () => ID, description: 'The school.' }) schoolId: string,
    @Args('includeEnded', { nullable: true, defaultValue: false, description: 'Also list appointments that have ended.' }) includeEnded: boolean,
  ) {
    return this.overview.school(actor, schoolId, includeEnded);
  }

  @Query(() => GovernanceCompletionModel, { description: 'An authority’s completion of suitability checks by type of school and by check, the schools overdue, and the trend by term.' })
  @Authorize(Permission.ReadGovernance)
  governanceCompletion(
    @CurrentActor() actor: Actor,
    @Args('localAuthorityId', { type: () => ID, nullable: true, description: 'The local authority; defaults to your own.' }) localAuthorityId?: string,
  ) {
    return this.overview.completion(actor, localAuthorityId);
  }

  @Query(() => String, { description: 'The authority’s completion, one line per school, as CSV.' })
  @Authorize(Permission.ReadGovernance)
  governanceCompletionCsv(
    @CurrentActor() actor: Actor,
    @Args('localAuthorityId', { type: () => ID, nullable: true, description: 'The local authority; defaults to your own.' }) localAuthorityId?: string,
  ) {
    return this.overview.completionCsv(actor, localAuthorityId);
  }

  @Mutation(() => AppointmentModel, { description: 'Records someone’s appointment to a school’s governance.' })
  @Authorize(Permission.RecordGovernance)
  async recordAppointment(@CurrentActor() actor: Actor, @Args('input') input: RecordAppointmentInput): Promise<AppointmentModel> {
    return this.overview.appointment(actor, (await this.record.recordAppointment(actor, input)).id);
  }

  @Mutation(() => AppointmentModel, { description: 'Changes an appointment: chair, regulated activity, term, or its end.' })
  @Authorize(Permission.RecordGovernance)
  async updateAppointment(@CurrentActor() actor: Actor, @Args('input') input: UpdateAppointmentInput): Promise<AppointmentModel> {
    return this.overview.appointment(actor, (await this.record.updateAppointment(actor, input)).id);
  }

  @Mutation(() => SuitabilityCheckModel, { description: 'Records a check done for an appointment; a DBS number is stored encrypted and never returned here.' })
  @Authorize(Permission.RecordGovernance)
  async recordSuitabilityCheck(@CurrentActor() actor: Actor, @Args('input') input: RecordSuitabilityCheckInput): Promise<SuitabilityCheckModel> {
    const check = await this.record.recordCheck(actor, input);
    return { ...check, hasReference: check.reference !== null || check.referenceHash !== null, reference: null };
  }
}
