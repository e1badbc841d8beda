import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader } from '@safeguard/platform';
import type { GraphQLRequestContext } from '@safeguard/platform';
import { Actor, Authenticated, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { InvitationModel, MembershipModel, UserConnection, UserModel } from './account.models';
import { InviteUserInput, ResetSecondFactorInput, UsersArgs } from './account.inputs';
import { AccountsService } from './accounts.service';
import { InvitationsService } from './invitations.service';
import { Membership } from './membership.entity';
import { SecondFactorResetService } from './second-factor-reset.service';
import { User } from './user.entity';

@Resolver(() => UserModel)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly invitations: InvitationsService,
    private readonly secondFactors: SecondFactorResetService,
  ) {}

  @Query(() => UserModel, { description: 'The signed-in user.' })
  @Authenticated()
  me(@CurrentActor() actor: Actor): Promise<User> {
    return this.accounts.requireUser(actor.userId!);
  }

  @Query(() => UserConnection, { description: 'Accounts the caller may manage: all for ADMIN, their authority’s for an LA manager.' })
  @Authorize(Permission.ReadUsers)
  users(@CurrentActor() actor: Actor, @Args() args: UsersArgs) {
    return this.accounts.list(actor, args);
  }

  @Query(() => UserModel, { description: 'One account the caller may manage (NOT_FOUND otherwise), with all its memberships.' })
  @Authorize(Permission.ReadUsers)
  user(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The user.' }) id: string): Promise<User> {
    return this.accounts.readUser(actor, id);
  }

  @Mutation(() => InvitationModel, { description: 'Invites someone by e-mail to a role; they set a password from the link.' })
  @Authorize(Permission.InviteUsers)
  inviteUser(@CurrentActor() actor: Actor, @Args('input') input: InviteUserInput) {
    return this.invitations.invite(actor, input);
  }

  @Mutation(() => MembershipModel, { description: 'Ends a membership from today; access through it stops at once.' })
  @Authorize(Permission.ManageMemberships)
  endMembership(
    @CurrentActor() actor: Actor,
    @Args('membershipId', { type: () => ID, description: 'The membership to end.' }) membershipId: string,
  ) {
    return this.accounts.endMembership(actor, membershipId);
  }

  @Mutation(() => UserModel, {
    description:
      'Resets a lost authenticator: its secret and recovery codes are forgotten and every session ends, so the next sign-in sets up a new one. For ADMIN, or an LA manager for people whose roles they could give; never your own. The person is told by e-mail.',
  })
  @Authorize(Permission.ResetSecondFactors)
  resetSecondFactor(@CurrentActor() actor: Actor, @Args('input') input: ResetSecondFactorInput): Promise<User> {
    return this.secondFactors.reset(actor, input);
  }

  @ResolveField('memberships', () => [MembershipModel], { description: 'Memberships in force today.' })
  memberships(@Parent() user: User, @Context() context: GraphQLRequestContext): Promise<Membership[]> {
    return requestLoader<string, Membership[]>(context, 'currentMembershipsByUser', async (ids) => {
      const rows = await this.accounts.currentMembershipsOf(ids);
      return ids.map((id) => rows.filter((m) => m.userId === id));
    }).load(user.id);
  }

  @ResolveField('membershipHistory', () => [MembershipModel], { description: 'Every membership, ended and future ones too, oldest first.' })
  membershipHistory(@Parent() user: User, @Context() context: GraphQLRequestContext): Promise<Membership[]> {
    return requestLoader<string, Membership[]>(context, 'allMembershipsByUser', async (ids) => {
      const rows = await this.accounts.allMembershipsOf(ids);
      return ids.map((id) => rows.filter((m) => m.userId === id));
    }).load(user.id);
  }
}
