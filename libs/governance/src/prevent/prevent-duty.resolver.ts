import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { PreventDutyService } from './prevent-duty.service';
import { PreventRecordingService } from './prevent-recording.service';
import { RecordPreventRiskAssessmentInput, RecordPreventTrainingInput } from './prevent.inputs';
import {
  PreventDutyArgs, PreventDutyModel, PreventRiskAssessmentModel, PreventTrainingRecordConnection, PreventTrainingRecordModel,
  TrainingRecordsArgs,
} from './prevent.models';

@Resolver(() => PreventDutyModel)
export class PreventDutyResolver {
  constructor(
    private readonly duty: PreventDutyService,
    private readonly recording: PreventRecordingService,
  ) {}

  @Query(() => PreventDutyModel, {
    description: 'A school’s Prevent duty record: its own school for a headteacher, DSL or governance clerk; every school of the area for the authority’s team and HMI.',
  })
  @Authorize(Permission.ReadPreventDuty)
  preventDuty(@CurrentActor() actor: Actor, @Args() args: PreventDutyArgs): Promise<PreventDutyModel> {
    return this.duty.read(actor, args.schoolId);
  }

  @Mutation(() => PreventRiskAssessmentModel, { description: 'Records the school’s Prevent risk assessment for a school year, replacing one already recorded for that year (audited, before and after).' })
  @Authorize(Permission.RecordPreventDuty)
  recordPreventRiskAssessment(@CurrentActor() actor: Actor, @Args('input') input: RecordPreventRiskAssessmentInput) {
    return this.recording.recordRiskAssessment(actor, input);
  }

  @Mutation(() => PreventTrainingRecordModel, { description: 'Records that a member of staff completed Prevent awareness training.' })
  @Authorize(Permission.RecordPreventDuty)
  recordPreventTraining(@CurrentActor() actor: Actor, @Args('input') input: RecordPreventTrainingInput) {
    return this.recording.recordTraining(actor, input);
  }

  @ResolveField('trainingRecords', () => PreventTrainingRecordConnection, { description: 'Staff Prevent training recorded at the school, newest first.' })
  trainingRecords(@Parent() duty: PreventDutyModel, @Args() args: TrainingRecordsArgs) {
    return this.duty.trainingRecords(duty.schoolId, args);
  }
}
