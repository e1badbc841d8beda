import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { NotificationsService } from '@safeguard/notifications';
import { CommonException } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { NetworkException, NetworkRefusal } from './network.exception';
import { NetworkMemberStatus, NetworkRole } from './network.enums';
import { DecideNetworkRequestInput, NetworkPersonInput, NetworkRefInput, RespondToNetworkInvitationInput } from './network.inputs';
import { NetworkMember } from './network-member.entity';
import { Network } from './network.entity';
import { NetworkMembership } from './network-membership.service';
import { authorityManagers, memberView, NetworkMemberView } from './network-people';
import { NetworkPolicy } from './network.policy';
import { NetworkRecords } from './network-records.service';

const ALREADY: Partial<Record<NetworkMemberStatus, string>> = {
  ACTIVE: 'is already a member',
  INVITED: 'has already been invited; they have not answered yet',
  REQUESTED: 'has asked to join: decide their request instead',
};

/** Coming into and going out of a network: invitations, requests to join, and leaving. */
@Injectable()
export class NetworkJoiningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: NetworkPolicy,
    private readonly records: NetworkRecords,
    private readonly membership: NetworkMembership,
    private readonly notifications: NotificationsService,
  ) {}

  /** A moderator (or the authority's manager) invites anyone who may take part, from any authority. */
  async invite(actor: Actor, input: NetworkPersonInput): Promise<NetworkMemberView> {
    return this.dataSource.transaction(async (manager) => {
      const { network, own } = await this.records.lockVisible(manager, actor, input.networkId);
      this.policy.assertCanModerate(actor, network, own);
      await this.records.assertParticipant(manager, input.userId);
      const row = await this.records.rowOf(manager, network.id, input.userId);
      if (row && ALREADY[row.status]) {
        throw new NetworkException(NetworkRefusal.ALREADY_IN_NETWORK, `This person ${ALREADY[row.status]}`, 'userId');
      }
      const invitation = { role: NetworkRole.MEMBER, invitedById: actor.userId };
      if (row) await this.records.settle(manager, row, NetworkMemberStatus.INVITED, null, invitation);
      else {
        await manager.save(
          manager.create(NetworkMember, { networkId: network.id, userId: input.userId, status: NetworkMemberStatus.INVITED, decidedById: null, ...invitation }),
        );
      }
      await this.records.audit(manager, actor, network, 'networks.invite', { userId: input.userId, previousStatus: row?.status ?? null });
      await this.notifications.notify(manager, {
        recipientId: input.userId,
        kind: 'network.invitation',
        title: `You are invited to join the network “${network.name}”`,
        link: linkTo(network),
      });
      return memberView(manager, network.id, input.userId);
    });
  }

  /** The invitee joins or declines. */
  async respond(actor: Actor, input: RespondToNetworkInvitationInput): Promise<NetworkMemberView> {
    return this.dataSource.transaction(async (manager) => {
      const { network, own } = await this.records.lockVisible(manager, actor, input.networkId);
      if (own?.status !== NetworkMemberStatus.INVITED) throw CommonException.notFound('Your invitation to this network');
      await this.records.settle(manager, own, input.accept ? NetworkMemberStatus.ACTIVE : NetworkMemberStatus.REFUSED, actor.userId);
      await this.records.audit(manager, actor, network, input.accept ? 'networks.accept_invitation' : 'networks.decline_invitation', {
        invitedById: own.invitedById,
      });
      return memberView(manager, network.id, actor.userId!);
    });
  }

  /** Someone of the network's authority asks to join; its moderators are told. */
  async request(actor: Actor, input: NetworkRefInput): Promise<NetworkMemberView> {
    return this.dataSource.transaction(async (manager) => {
      const { network, own } = await this.records.lockVisible(manager, actor, input.networkId);
      if (own?.status === NetworkMemberStatus.INVITED) {
        throw new NetworkException(NetworkRefusal.ALREADY_IN_NETWORK, 'You are invited to this network: accept the invitation instead');
      }
      if (own && ALREADY[own.status]) throw new NetworkException(NetworkRefusal.ALREADY_IN_NETWORK, `You ${ALREADY[own.status]}`);
      if (own?.status === NetworkMemberStatus.REMOVED) {
        throw new NetworkException(NetworkRefusal.REMOVED_FROM_NETWORK, 'You were removed from this network; a moderator may invite you back');
      }
      this.policy.assertCanRequest(actor, network);
      const request = { role: NetworkRole.MEMBER, invitedById: null };
      if (own) await this.records.settle(manager, own, NetworkMemberStatus.REQUESTED, null, request);
      else {
        await manager.save(
          manager.create(NetworkMember, { networkId: network.id, userId: actor.userId!, status: NetworkMemberStatus.REQUESTED, decidedById: null, ...request }),
        );
      }
      await this.records.audit(manager, actor, network, 'networks.request_to_join', { previousStatus: own?.status ?? null });
      for (const recipientId of await this.deciders(manager, network)) {
        await this.notifications.notify(manager, {
          recipientId,
          kind: 'network.join_request',
          title: `Someone has asked to join the network “${network.name}”`,
          link: linkTo(network),
        });
      }
      return memberView(manager, network.id, actor.userId!);
    });
  }

  /** A moderator (or the authority's manager) lets a requester in or refuses; the requester is told. */
  async decide(actor: Actor, input: DecideNetworkRequestInput): Promise<NetworkMemberView> {
    return this.dataSource.transaction(async (manager) => {
      const { network, own } = await this.records.lockVisible(manager, actor, input.networkId);
      this.policy.assertCanModerate(actor, network, own);
      const row = await this.records.rowOf(manager, network.id, input.userId);
      if (row?.status !== NetworkMemberStatus.REQUESTED) throw CommonException.notFound('A waiting request to join from this person');
      if (input.approve) await this.records.assertParticipant(manager, input.userId);
      await this.records.settle(manager, row, input.approve ? NetworkMemberStatus.ACTIVE : NetworkMemberStatus.REFUSED, actor.userId);
      await this.records.audit(manager, actor, network, 'networks.decide_request', { userId: input.userId, approve: input.approve });
      await this.notifications.notify(manager, {
        recipientId: input.userId,
        kind: 'network.request_decided',
        title: input.approve
          ? `You have joined the network “${network.name}”`
          : `Your request to join the network “${network.name}” was not accepted`,
        link: linkTo(network),
      });
      return memberView(manager, network.id, input.userId);
    });
  }

  /** A member leaves; the last moderator must name another first. */
  async leave(actor: Actor, input: NetworkRefInput): Promise<NetworkMemberView> {
    return this.dataSource.transaction(async (manager) => {
      const { network, own } = await this.records.lockVisible(manager, actor, input.networkId);
      if (own?.status !== NetworkMemberStatus.ACTIVE) throw CommonException.notFound('Your membership of this network');
      if (own.role === NetworkRole.MODERATOR) {
        await this.records.assertAnotherModerator(
          manager, network.id, actor.userId!, 'You are its only moderator: make another member moderator before you leave',
        );
      }
      await this.records.settle(manager, own, NetworkMemberStatus.LEFT, actor.userId, { role: NetworkRole.MEMBER });
      await this.records.audit(manager, actor, network, 'networks.leave', {});
      return memberView(manager, network.id, actor.userId!);
    });
  }

  /** Its moderators; when none is in post, the authority's managers, so a request is never unseen. */
  private async deciders(manager: EntityManager, network: Network): Promise<string[]> {
    const moderators = await this.membership.moderatorUserIds(network.id, manager);
    return moderators.length ? moderators : authorityManagers(manager, network.localAuthorityId);
  }
}

function linkTo(network: Network): string {
  return `/networks/${network.id}`;
}
