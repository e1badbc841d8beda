import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { byKeys, requestLoader } from '@safeguard/platform';
import type { GraphQLRequestContext } from '@safeguard/platform';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { ConcernPolicy } from '../concern.policy';
import { ConcernConnection, ConcernDecisionConnection, ConcernDecisionModel, ConcernModel, FrontDoorDashboardModel } from '../concerns.models';
import { Concern } from '../filing/concern.entity';
import { ConcernDecision } from './concern-decision.entity';
import { ConcernDecisionsService } from './concern-decisions.service';
import {
  DecideConcernInput, FrontDoorArgs, FrontDoorDashboardArgs, RecordChannelOutcomeInput, SetSignOffWindowInput, SignOffDecisionInput,
} from './decision.inputs';
import { FrontDoorService } from './front-door.service';
import { SignOffWindow } from './sign-off-window';

@Resolver(() => ConcernDecisionModel)
export class FrontDoorResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly frontDoor: FrontDoorService,
    private readonly decisions: ConcernDecisionsService,
    private readonly window: SignOffWindow,
    private readonly policy: ConcernPolicy,
  ) {}

  @Query(() => ConcernConnection, { description: 'Concerns awaiting a decision: immediate risk first, then oldest first (the authority’s team and HMI).' })
  @Authorize(Permission.ReadConcerns)
  frontDoorQueue(@CurrentActor() actor: Actor, @Args() args: FrontDoorArgs) {
    return this.frontDoor.queue(actor, args);
  }

  @Query(() => ConcernDecisionConnection, { description: 'Unqualified officers’ decisions awaiting a manager’s sign-off, oldest first.' })
  @Authorize(Permission.ReadConcerns)
  signOffQueue(@CurrentActor() actor: Actor, @Args() args: FrontDoorArgs) {
    return this.frontDoor.signOffQueue(actor, args);
  }

  @Query(() => FrontDoorDashboardModel, { description: 'How many concerns wait and for how long, and the sign-off backlog.' })
  @Authorize(Permission.ReadConcerns)
  frontDoorDashboard(@CurrentActor() actor: Actor, @Args() args: FrontDoorDashboardArgs) {
    return this.frontDoor.dashboard(actor, args.localAuthorityId);
  }

  @Mutation(() => ConcernDecisionModel, { description: 'Decides a concern, with the threshold criteria relied on and a written rationale. An unqualified officer’s decision waits for a manager’s sign-off.' })
  @Authorize(Permission.DecideConcerns)
  decideConcern(@CurrentActor() actor: Actor, @Args('input') input: DecideConcernInput) {
    return this.decisions.decide(actor, input);
  }

  @Mutation(() => ConcernDecisionModel, { description: 'A manager who did not make the decision agrees it, or changes it with a reason. Returns the signed-off decision.' })
  @Authorize(Permission.SignOffConcerns)
  signOffConcernDecision(@CurrentActor() actor: Actor, @Args('input') input: SignOffDecisionInput) {
    return this.decisions.signOff(actor, input);
  }

  @Mutation(() => ConcernModel, { description: 'Records what the Channel panel did with a Prevent referral.' })
  @Authorize(Permission.DecideConcerns)
  recordChannelOutcome(@CurrentActor() actor: Actor, @Args('input') input: RecordChannelOutcomeInput) {
    return this.decisions.recordChannelOutcome(actor, input);
  }

  @Mutation(() => Int, { description: 'An LA manager sets the authority’s sign-off window in working days; returns it.' })
  @Authorize(Permission.SignOffConcerns)
  setConcernSignOffWindow(@CurrentActor() actor: Actor, @Args('input') input: SetSignOffWindowInput) {
    return this.window.set(actor, this.policy.defaultArea(actor, input.localAuthorityId), input.workingDays);
  }

  @ResolveField('concern', () => ConcernModel, { nullable: true, description: 'The concern decided (null if you may not read it).' })
  concern(@Parent() decision: ConcernDecision, @CurrentActor() actor: Actor, @Context() context: GraphQLRequestContext): Promise<Concern | null> {
    return requestLoader<string, Concern | null>(context, 'decisionConcern', async (ids) => {
      const query = this.dataSource.manager.createQueryBuilder(Concern, 'c').where('c.id IN (:...ids)', { ids: [...ids] });
      return byKeys(ids, await this.policy.scope(actor, query, 'c').getMany(), (c) => c.id);
    }).load(decision.concernId);
  }

  @ResolveField('hoursWaiting', () => Int, { nullable: true, description: 'For a decision awaiting sign-off: how long it has waited, in whole hours.' })
  hoursWaiting(@Parent() d: ConcernDecision): number | null {
    return d.signedOffAt || !d.needsSignOff ? null : Math.floor((Date.now() - d.decidedAt.getTime()) / 3_600_000);
  }

  @ResolveField('signOffOverdue', () => Boolean, { description: 'Whether the sign-off is past its window.' })
  signOffOverdue(@Parent() d: ConcernDecision): boolean {
    if (!d.signOffDueAt) return false;
    return (d.signedOffAt ?? new Date()).getTime() > d.signOffDueAt.getTime();
  }
}
