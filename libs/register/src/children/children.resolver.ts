import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConnectionArgs } from '@safeguard/platform';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { ChronologyService } from '../chronology/chronology.service';
import { RegisterPolicy } from '../register.policy';
import {
  AddChildResultModel, ChildConnection, ChildModel, ChronologyEventConnection, PossibleDuplicateModel,
} from '../register.models';
import { Child } from './child.entity';
import { ChildInput, ChildrenArgs, MergeChildrenInput, UpdateChildInput } from './child.inputs';
import { ChildrenService } from './children.service';

@Resolver(() => ChildModel)
export class ChildrenResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly service: ChildrenService,
    private readonly chronology: ChronologyService,
    private readonly policy: RegisterPolicy,
  ) {}

  @Query(() => ChildModel, { description: 'One child’s record. The read is audited; a record you may not read is NOT_FOUND.' })
  @Authorize(Permission.ReadRegister)
  child(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The child.' }) id: string) {
    return this.service.read(actor, id);
  }

  @Query(() => ChildConnection, { description: 'Find children by name (fuzzy), date of birth, UPN or postcode. Each child shown is an audited read.' })
  @Authorize(Permission.ReadRegister)
  children(@CurrentActor() actor: Actor, @Args() args: ChildrenArgs) {
    return this.service.search(actor, args);
  }

  @Mutation(() => AddChildResultModel, { description: 'Adds a child to the authority’s register, showing records that may be the same child.' })
  @Authorize(Permission.WorkRegister)
  addChild(@CurrentActor() actor: Actor, @Args('input') input: ChildInput) {
    return this.service.add(actor, input);
  }

  @Mutation(() => ChildModel, { description: 'Corrects a child’s record.' })
  @Authorize(Permission.WorkRegister)
  updateChild(@CurrentActor() actor: Actor, @Args('input') input: UpdateChildInput) {
    return this.service.update(actor, input.childId, input.child);
  }

  @Mutation(() => ChildModel, { description: 'An LA manager merges two records of one child, keeping both histories.' })
  @Authorize(Permission.SignOffRegister)
  mergeChildren(@CurrentActor() actor: Actor, @Args('input') input: MergeChildrenInput) {
    return this.service.merge(actor, input);
  }

  @ResolveField('chronology', () => ChronologyEventConnection, { description: 'Everything recorded about the child, oldest first.' })
  chronologyOf(@Parent() child: Child, @CurrentActor() actor: Actor, @Args() args: ConnectionArgs) {
    const audience = this.policy.isAreaReader(actor, child.localAuthorityId)
      ? ({ allRestricted: true } as const)
      : ({ allRestricted: false, schoolIds: this.policy.schools(actor) } as const);
    return this.chronology.forChild(child.id, audience, args);
  }

  @ResolveField('possibleDuplicates', () => [PossibleDuplicateModel], {
    description: 'Records that may be the same child (the authority’s team and HMI only; empty for schools).',
  })
  async possibleDuplicates(@Parent() child: Child, @CurrentActor() actor: Actor) {
    if (!this.policy.isAreaReader(actor, child.localAuthorityId)) return [];
    return this.service.possibleDuplicates(this.dataSource.manager, child);
  }
}
