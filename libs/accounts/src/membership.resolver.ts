import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { LocalAuthority, LocalAuthorityModel, School, SchoolModel, SchoolsService } from '@safeguard/organisations';
import { byKeys, requestLoader } from '@safeguard/platform';
import type { GraphQLRequestContext } from '@safeguard/platform';
import { MembershipModel } from './account.models';
import { Membership } from './membership.entity';

@Resolver(() => MembershipModel)
export class MembershipResolver {
  constructor(private readonly organisations: SchoolsService) {}

  @ResolveField('school', () => SchoolModel, { nullable: true, description: 'The school, for school roles.' })
  school(@Parent() membership: Membership, @Context() context: GraphQLRequestContext): Promise<School | null> | null {
    if (!membership.schoolId) return null;
    return requestLoader<string, School | null>(context, 'schoolById', async (ids) =>
      byKeys(ids, await this.organisations.schoolsByIds(ids), (s) => s.id),
    ).load(membership.schoolId);
  }

  @ResolveField('localAuthority', () => LocalAuthorityModel, {
    nullable: true,
    description: 'The local authority, for LA roles and HMI.',
  })
  localAuthority(
    @Parent() membership: Membership,
    @Context() context: GraphQLRequestContext,
  ): Promise<LocalAuthority | null> | null {
    if (!membership.localAuthorityId) return null;
    return requestLoader<string, LocalAuthority | null>(context, 'localAuthorityById', async (ids) =>
      byKeys(ids, await this.organisations.localAuthoritiesByIds(ids), (la) => la.id),
    ).load(membership.localAuthorityId);
  }
}
