import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { HmiAssignmentModel, TermDatesModel } from '../inspection.models';
import { SetTermDatesInput } from '../terms/term-dates.inputs';
import { TermCalendar } from '../terms/term-calendar.service';
import { AssignHmiInput, EndHmiAssignmentInput } from './assignment.inputs';
import { HmiAssignmentsService } from './hmi-assignments.service';

@Resolver()
export class InspectionAdminResolver {
  constructor(
    private readonly assignments: HmiAssignmentsService,
    private readonly terms: TermCalendar,
  ) {}

  @Query(() => [HmiAssignmentModel], { description: 'HMI assignments: all for ADMIN, your own for an HMI, your authority’s for an LA manager.' })
  @Authorize(Permission.ReadAssignments)
  hmiAssignments(@CurrentActor() actor: Actor) {
    return this.assignments.list(actor);
  }

  @Mutation(() => HmiAssignmentModel, { description: 'ADMIN assigns an HMI to a local authority for a period; access follows the dates.' })
  @Authorize(Permission.AssignInspectors)
  assignHmi(@CurrentActor() actor: Actor, @Args('input') input: AssignHmiInput) {
    return this.assignments.assign(actor, input);
  }

  @Mutation(() => HmiAssignmentModel, { description: 'ADMIN ends an assignment early; access ends with it.' })
  @Authorize(Permission.AssignInspectors)
  endHmiAssignment(@CurrentActor() actor: Actor, @Args('input') input: EndHmiAssignmentInput) {
    return this.assignments.end(actor, input);
  }

  @Query(() => [TermDatesModel], { description: 'Term dates set for an academic year (the defaults apply to any not set).' })
  @Authorize(Permission.ReadAssignments)
  termDates(@Args('academicYear', { type: () => Int, description: 'The calendar year the academic year starts in.' }) academicYear: number) {
    return this.terms.list(academicYear);
  }

  @Mutation(() => TermDatesModel, { description: 'ADMIN sets a term’s dates for an academic year.' })
  @Authorize(Permission.AssignInspectors)
  setTermDates(@CurrentActor() actor: Actor, @Args('input') input: SetTermDatesInput) {
    return this.terms.set(actor, input);
  }
}
