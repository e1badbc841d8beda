import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import {
  ChaseSafeguardingReturnInput, SafeguardingReturnsArgs, SchoolReturnsArgs, SubmitSafeguardingReturnInput,
} from './safeguarding-return.inputs';
import {
  SafeguardingReturnChaseModel, SafeguardingReturnModel, SafeguardingReturnsModel, SchoolReturnConnection,
} from './safeguarding-return.models';
import { SafeguardingReturnsService } from './safeguarding-returns.service';

@Resolver(() => SafeguardingReturnsModel)
export class SafeguardingReturnsResolver {
  constructor(private readonly returns: SafeguardingReturnsService) {}

  @Query(() => SafeguardingReturnsModel, {
    description: 'The authority’s termly safeguarding returns (its team and HMI): every school, independent ones included, returned or not, with the figures.',
  })
  @Authorize(Permission.ReadPreventDuty)
  safeguardingReturns(@CurrentActor() actor: Actor, @Args() args: SafeguardingReturnsArgs): Promise<SafeguardingReturnsModel> {
    return this.returns.overview(actor, args);
  }

  @Mutation(() => SafeguardingReturnModel, { description: 'Submits the school’s safeguarding return for the current term; once per term (a second is CONFLICT).' })
  @Authorize(Permission.RecordPreventDuty)
  submitSafeguardingReturn(@CurrentActor() actor: Actor, @Args('input') input: SubmitSafeguardingReturnInput) {
    return this.returns.submit(actor, input);
  }

  @Mutation(() => SafeguardingReturnChaseModel, {
    description: 'Tells a school’s headteachers, DSLs and governance clerks that this term’s return is missing (the authority’s officers and managers); CONFLICT once it is made.',
  })
  @Authorize(Permission.ChaseReturns)
  chaseSafeguardingReturn(@CurrentActor() actor: Actor, @Args('input') input: ChaseSafeguardingReturnInput) {
    return this.returns.chase(actor, input);
  }

  @ResolveField('schools', () => SchoolReturnConnection, { description: 'The schools, by name, a page at a time, with their returns.' })
  schools(@Parent() overview: SafeguardingReturnsModel, @Args() args: SchoolReturnsArgs) {
    return this.returns.schools(overview, args);
  }
}
