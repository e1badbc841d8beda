import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader } from '@safeguard/platform';
import type { GraphQLRequestContext } from '@safeguard/platform';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { NetworkMemberStatus } from './network.enums';
import { CreateNetworkInput, NetworksArgs } from './network.inputs';
import { NetworkConnection, NetworkMemberModel, NetworkModel } from './network.models';
import { Network } from './network.entity';
import { NetworkMemberView } from './network-people';
import { NetworkPolicy } from './network.policy';
import { NetworksService } from './networks.service';

const PENDING = [NetworkMemberStatus.INVITED, NetworkMemberStatus.REQUESTED];

@Resolver(() => NetworkModel)
export class NetworksResolver {
  constructor(
    private readonly reads: NetworksService,
    private readonly policy: NetworkPolicy,
  ) {}

  @Query(() => NetworkConnection, {
    description: 'Networks you may see, by name: your authority’s (to find and ask to join), and any you are in or invited to.',
  })
  @Authorize(Permission.ReadNetworks)
  networks(@CurrentActor() actor: Actor, @Args() args: NetworksArgs) {
    return this.reads.list(actor, args);
  }

  @Query(() => NetworkModel, { description: 'One network, if you may see it; otherwise NOT_FOUND.' })
  @Authorize(Permission.ReadNetworks)
  network(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The network.' }) id: string) {
    return this.reads.read(actor, id);
  }

  @Mutation(() => NetworkModel, {
    description: 'Creates a network: LA managers for their authority, headteachers for their school’s. You become its first moderator.',
  })
  @Authorize(Permission.CreateNetworks)
  createNetwork(@CurrentActor() actor: Actor, @Args('input') input: CreateNetworkInput) {
    return this.reads.create(actor, input);
  }

  @ResolveField('memberCount', () => Int, { description: 'How many active members it has who may take part today.' })
  memberCount(@Parent() network: Network, @Context() context: GraphQLRequestContext): Promise<number> {
    return requestLoader<string, number>(context, 'networkMemberCounts', (ids) => this.reads.memberCounts(ids)).load(network.id);
  }

  @ResolveField('members', () => [NetworkMemberModel], {
    nullable: true,
    description: 'Its active members, moderators first: for its members and the authority’s officers, managers and HMI; null for others.',
  })
  async members(@Parent() network: Network, @CurrentActor() actor: Actor, @Context() context: GraphQLRequestContext): Promise<NetworkMemberView[] | null> {
    if (!this.policy.canSeeMembers(actor, network, await this.own(actor, context, network))) return null;
    return requestLoader<string, NetworkMemberView[]>(context, 'networkMembers', (ids) =>
      this.reads.membersOf(ids, [NetworkMemberStatus.ACTIVE]),
    ).load(network.id);
  }

  @ResolveField('pendingMembers', () => [NetworkMemberModel], {
    nullable: true,
    description: 'Invitations not yet answered and requests to join waiting: for its moderators and the authority’s managers; null for others.',
  })
  async pendingMembers(@Parent() network: Network, @CurrentActor() actor: Actor, @Context() context: GraphQLRequestContext): Promise<NetworkMemberView[] | null> {
    if (!this.policy.canModerate(actor, network, await this.own(actor, context, network))) return null;
    return requestLoader<string, NetworkMemberView[]>(context, 'networkPendingMembers', (ids) => this.reads.membersOf(ids, PENDING)).load(
      network.id,
    );
  }

  @ResolveField('myMembership', () => NetworkMemberModel, {
    nullable: true,
    description: 'Your own standing with it (invited, asking, in, or gone); null if you never had one.',
  })
  myMembership(@Parent() network: Network, @CurrentActor() actor: Actor, @Context() context: GraphQLRequestContext): Promise<NetworkMemberView | null> {
    return this.own(actor, context, network);
  }

  @ResolveField('canModerate', () => Boolean, { description: 'Whether you may invite, decide requests, remove members and name moderators.' })
  async canModerate(@Parent() network: Network, @CurrentActor() actor: Actor, @Context() context: GraphQLRequestContext): Promise<boolean> {
    return this.policy.canModerate(actor, network, await this.own(actor, context, network));
  }

  private async own(actor: Actor, context: GraphQLRequestContext, network: Network): Promise<NetworkMemberView | null> {
    return requestLoader<string, NetworkMemberView | null>(context, 'networkOwnRows', async (ids) => {
      const rows = await this.reads.ownRows(actor, ids);
      return ids.map((id) => rows.get(id) ?? null);
    }).load(network.id);
  }
}
