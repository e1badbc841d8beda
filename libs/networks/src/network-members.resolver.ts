import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import {
  DecideNetworkRequestInput, NetworkPersonInput, NetworkRefInput, RespondToNetworkInvitationInput, SetNetworkModeratorInput,
} from './network.inputs';
import { NetworkInvitationModel, NetworkMemberModel } from './network.models';
import { NetworkJoiningService } from './network-joining.service';
import { NetworkModerationService } from './network-moderation.service';
import { NetworksService } from './networks.service';

@Resolver(() => NetworkMemberModel)
export class NetworkMembersResolver {
  constructor(
    private readonly networks: NetworksService,
    private readonly joining: NetworkJoiningService,
    private readonly moderation: NetworkModerationService,
  ) {}

  @Query(() => [NetworkInvitationModel], { description: 'Invitations to networks waiting for your answer, newest first.' })
  @Authorize(Permission.TakePartInNetworks)
  myNetworkInvitations(@CurrentActor() actor: Actor) {
    return this.networks.invitations(actor);
  }

  @Mutation(() => NetworkMemberModel, {
    description: 'Invites someone who may take part (a headteacher, DSL, LA officer or manager, of any authority): for moderators and the authority’s managers. The invitee is notified.',
  })
  @Authorize(Permission.TakePartInNetworks)
  inviteToNetwork(@CurrentActor() actor: Actor, @Args('input') input: NetworkPersonInput) {
    return this.joining.invite(actor, input);
  }

  @Mutation(() => NetworkMemberModel, { description: 'Accepts or declines your invitation to a network.' })
  @Authorize(Permission.TakePartInNetworks)
  respondToNetworkInvitation(@CurrentActor() actor: Actor, @Args('input') input: RespondToNetworkInvitationInput) {
    return this.joining.respond(actor, input);
  }

  @Mutation(() => NetworkMemberModel, {
    description: 'Asks to join a network of your own authority; its moderators are notified and decide.',
  })
  @Authorize(Permission.TakePartInNetworks)
  requestToJoinNetwork(@CurrentActor() actor: Actor, @Args('input') input: NetworkRefInput) {
    return this.joining.request(actor, input);
  }

  @Mutation(() => NetworkMemberModel, {
    description: 'Lets a person who asked to join in, or refuses them: for moderators and the authority’s managers. The person is notified.',
  })
  @Authorize(Permission.TakePartInNetworks)
  decideNetworkRequest(@CurrentActor() actor: Actor, @Args('input') input: DecideNetworkRequestInput) {
    return this.joining.decide(actor, input);
  }

  @Mutation(() => NetworkMemberModel, { description: 'Leaves a network. Its only moderator must make another member moderator first.' })
  @Authorize(Permission.TakePartInNetworks)
  leaveNetwork(@CurrentActor() actor: Actor, @Args('input') input: NetworkRefInput) {
    return this.joining.leave(actor, input);
  }

  @Mutation(() => NetworkMemberModel, {
    description: 'Removes a member, or withdraws an unanswered invitation: for moderators and the authority’s managers. Never the last moderator.',
  })
  @Authorize(Permission.TakePartInNetworks)
  removeNetworkMember(@CurrentActor() actor: Actor, @Args('input') input: NetworkPersonInput) {
    return this.moderation.remove(actor, input);
  }

  @Mutation(() => NetworkMemberModel, {
    description: 'Makes an active member a moderator, or a moderator a plain member: for moderators and the authority’s managers. A network keeps at least one moderator.',
  })
  @Authorize(Permission.TakePartInNetworks)
  setNetworkModerator(@CurrentActor() actor: Actor, @Args('input') input: SetNetworkModeratorInput) {
    return this.moderation.setModerator(actor, input);
  }
}
