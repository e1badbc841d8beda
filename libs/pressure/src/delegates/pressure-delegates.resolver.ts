import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { PressureDelegateModel } from '../pressure.models';
import { PressureDelegateInput } from './pressure-delegate.inputs';
import { PressureDelegatesService } from './pressure-delegates.service';

/** The headteacher names who else reports intimidation and pressure for the school. */
@Resolver(() => PressureDelegateModel)
export class PressureDelegatesResolver {
  constructor(private readonly delegates: PressureDelegatesService) {}

  @Query(() => [PressureDelegateModel], { description: 'Your school’s DSLs and governance clerks, and which of them the headteacher named (for the headteacher and named delegates).' })
  @Authorize(Permission.ReadPressureReports)
  pressureDelegates(
    @CurrentActor() actor: Actor,
    @Args('schoolId', { type: () => ID, nullable: true, description: 'The school, when you have several.' }) schoolId?: string,
  ) {
    return this.delegates.list(actor, schoolId);
  }

  @Mutation(() => PressureDelegateModel, { description: 'Names a DSL or governance clerk of your school to report intimidation and pressure for it and read its reports (headteachers only).' })
  @Authorize(Permission.ReportPressure)
  namePressureDelegate(@CurrentActor() actor: Actor, @Args('input', { description: 'Who to name.' }) input: PressureDelegateInput) {
    return this.delegates.name(actor, input);
  }

  @Mutation(() => PressureDelegateModel, { description: 'Removes a named delegate: they no longer report for the school or read its reports (headteachers only).' })
  @Authorize(Permission.ReportPressure)
  removePressureDelegate(@CurrentActor() actor: Actor, @Args('input', { description: 'Who to remove.' }) input: PressureDelegateInput) {
    return this.delegates.remove(actor, input);
  }
}
