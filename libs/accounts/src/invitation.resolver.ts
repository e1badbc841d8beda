import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LocalAuthority, LocalAuthorityModel, School, SchoolModel, SchoolsService } from '@safeguard/organisations';
import { byKeys, ConnectionArgs, requestLoader } from '@safeguard/platform';
import type { GraphQLRequestContext } from '@safeguard/platform';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { InvitationConnection, InvitationModel } from './account.models';
import { Invitation } from './invitation.entity';
import { InvitationAdminService } from './invitation-admin.service';

@Resolver(() => InvitationModel)
export class InvitationResolver {
  constructor(
    private readonly pendingInvitations: InvitationAdminService,
    private readonly organisations: SchoolsService,
  ) {}

  @Query(() => InvitationConnection, { description: 'Invitations not yet accepted nor withdrawn (expired ones too), by e-mail: all for ADMIN, their authority’s for an LA manager.' })
  @Authorize(Permission.ReadUsers)
  invitations(@CurrentActor() actor: Actor, @Args() args: ConnectionArgs) {
    return this.pendingInvitations.listPending(actor, args);
  }

  @Mutation(() => InvitationModel, { description: 'Sends a pending invitation again with a new link and expiry; the old link stops working.' })
  @Authorize(Permission.InviteUsers)
  resendInvitation(@CurrentActor() actor: Actor, @Args('invitationId', { type: () => ID, description: 'The invitation.' }) invitationId: string) {
    return this.pendingInvitations.resend(actor, invitationId);
  }

  @Mutation(() => InvitationModel, { description: 'Withdraws a pending invitation: its link stops working at once.' })
  @Authorize(Permission.InviteUsers)
  withdrawInvitation(@CurrentActor() actor: Actor, @Args('invitationId', { type: () => ID, description: 'The invitation.' }) invitationId: string) {
    return this.pendingInvitations.withdraw(actor, invitationId);
  }

  @ResolveField('expired', () => Boolean, { description: 'Whether its link has expired (it can be sent again).' })
  expired(@Parent() invitation: Invitation): boolean {
    return invitation.expiresAt.getTime() < Date.now();
  }

  @ResolveField('school', () => SchoolModel, { nullable: true, description: 'The school, for school roles.' })
  school(@Parent() invitation: Invitation, @Context() context: GraphQLRequestContext): Promise<School | null> | null {
    if (!invitation.schoolId) return null;
    return requestLoader<string, School | null>(context, 'schoolById', async (ids) =>
      byKeys(ids, await this.organisations.schoolsByIds(ids), (s) => s.id),
    ).load(invitation.schoolId);
  }

  @ResolveField('localAuthority', () => LocalAuthorityModel, { nullable: true, description: 'The local authority, for LA roles and HMI.' })
  localAuthority(@Parent() invitation: Invitation, @Context() context: GraphQLRequestContext): Promise<LocalAuthority | null> | null {
    if (!invitation.localAuthorityId) return null;
    return requestLoader<string, LocalAuthority | null>(context, 'localAuthorityById', async (ids) =>
      byKeys(ids, await this.organisations.localAuthoritiesByIds(ids), (la) => la.id),
    ).load(invitation.localAuthorityId);
  }
}
