import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { PressureReportModel } from '../pressure.models';
import { PressureWorkflowService } from './pressure-workflow.service';
import { AcknowledgePressureReportInput, RecordPressureActionInput, ResolvePressureReportInput } from './pressure-workflow.inputs';

/** The council's steps on a report; HMI reads but acts on nothing. */
@Resolver()
export class PressureWorkflowResolver {
  constructor(private readonly workflow: PressureWorkflowService) {}

  @Mutation(() => PressureReportModel, { description: 'Acknowledges a submitted report (an officer or manager of the school’s authority); due within two working days.' })
  @Authorize(Permission.ActOnPressureReports)
  acknowledgePressureReport(@CurrentActor() actor: Actor, @Args('input', { description: 'The acknowledgement.' }) input: AcknowledgePressureReportInput) {
    return this.workflow.acknowledge(actor, input);
  }

  @Mutation(() => PressureReportModel, { description: 'Records something the council did about an acknowledged report; the first action puts it in progress. Returns the report.' })
  @Authorize(Permission.ActOnPressureReports)
  recordPressureAction(@CurrentActor() actor: Actor, @Args('input', { description: 'The action.' }) input: RecordPressureActionInput) {
    return this.workflow.recordAction(actor, input);
  }

  @Mutation(() => PressureReportModel, { description: 'Resolves a report the council has acted on, with an outcome summary the school reads.' })
  @Authorize(Permission.ActOnPressureReports)
  resolvePressureReport(@CurrentActor() actor: Actor, @Args('input', { description: 'The outcome.' }) input: ResolvePressureReportInput) {
    return this.workflow.resolve(actor, input);
  }
}
