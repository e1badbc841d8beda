import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { byKeys, CommonException, requestLoader } from '@safeguard/platform';
import type { GraphQLRequestContext } from '@safeguard/platform';
import { Authorize, Permission } from '@safeguard/policy';
import { LocalAuthority } from './local-authority.entity';
import { LocalAuthorityModel, SchoolConnection, SchoolModel } from './organisation.models';
import { School } from './school.entity';
import { SchoolsArgs } from './schools.args';
import { SchoolsService } from './schools.service';

@Resolver(() => SchoolModel)
export class OrganisationsResolver {
  constructor(private readonly schools: SchoolsService) {}

  @Query(() => SchoolConnection, {
    name: 'schools',
    description: 'Schools, by name, filtered by local authority, type group and name.',
  })
  @Authorize(Permission.ReadOrganisations)
  listSchools(@Args() args: SchoolsArgs) {
    return this.schools.list(args);
  }

  @Query(() => SchoolModel, { description: 'One school, by id or URN.' })
  @Authorize(Permission.ReadOrganisations)
  async school(
    @Args('id', { type: () => ID, nullable: true, description: 'The school’s id.' }) id?: string,
    @Args('urn', { type: () => Int, nullable: true, description: 'The school’s URN.' }) urn?: number,
  ): Promise<School> {
    if (!id && urn === undefined) throw CommonException.invalidInput('id', 'Give the school’s id or URN');
    const school = id ? await this.schools.findById(id) : await this.schools.findByUrn(urn!);
    if (!school) throw CommonException.notFound('The school');
    return school;
  }

  @Query(() => [LocalAuthorityModel], { description: 'Every local authority known to the portal, by name.' })
  @Authorize(Permission.ReadOrganisations)
  localAuthorities() {
    return this.schools.allLocalAuthorities();
  }

  @ResolveField('localAuthority', () => LocalAuthorityModel, { description: 'The local authority the school is in.' })
  localAuthority(@Parent() school: School, @Context() context: GraphQLRequestContext): Promise<LocalAuthority> {
    return requestLoader<string, LocalAuthority>(context, 'localAuthorityById', async (ids) =>
      byKeys(ids, await this.schools.localAuthoritiesByIds(ids), (la) => la.id).map(
        (la) => la ?? new Error('Local authority missing'),
      ),
    ).load(school.localAuthorityId);
  }
}
