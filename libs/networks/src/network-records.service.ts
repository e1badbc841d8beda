import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { CommonException } from '@safeguard/platform';
import { Actor, Role } from '@safeguard/policy';
import { NetworkException, NetworkRefusal } from './network.exception';
import { NETWORK_PARTICIPANT_ROLES, NetworkMemberStatus } from './network.enums';
import { NetworkMember } from './network-member.entity';
import { Network } from './network.entity';
import { NetworkMembership } from './network-membership.service';
import { NetworkMembershipChanges } from './network-membership-changes';
import { participant, Participant } from './network-people';
import { NetworkPolicy } from './network.policy';

/** A network locked for the rest of the transaction, with the caller's own row in it. */
export interface LockedNetwork {
  network: Network;
  own: NetworkMember | null;
}

/**
 * What every membership change starts from. Changes to one network queue up behind a row lock on
 * it, so two moderators stepping down at once cannot leave it without one.
 */
@Injectable()
export class NetworkRecords {
  constructor(
    private readonly policy: NetworkPolicy,
    private readonly membership: NetworkMembership,
    private readonly auditService: AuditService,
    private readonly changes: NetworkMembershipChanges,
  ) {}

  /** The network, locked, if the caller may see it; otherwise NOT_FOUND (never confirming it exists). */
  async lockVisible(manager: EntityManager, actor: Actor, networkId: string): Promise<LockedNetwork> {
    const network = await manager.findOne(Network, { where: { id: networkId }, lock: { mode: 'pessimistic_write' } });
    const own = network ? await this.rowOf(manager, networkId, actor.userId!) : null;
    if (!network || !this.policy.canSee(actor, network, own)) throw CommonException.notFound('The network');
    return { network, own };
  }

  rowOf(manager: EntityManager, networkId: string, userId: string): Promise<NetworkMember | null> {
    return manager.findOneBy(NetworkMember, { networkId, userId });
  }

  /** The person, if they may take part in networks today; otherwise NOT_ELIGIBLE on `field`. */
  async assertParticipant(manager: EntityManager, userId: string, field = 'userId'): Promise<Participant> {
    const person = await participant(manager, userId);
    if (!person) {
      throw new NetworkException(
        NetworkRefusal.NOT_ELIGIBLE,
        'This person cannot take part in networks: only headteachers, DSLs and LA officers and managers in post can',
        field,
      );
    }
    return person;
  }

  /** Refuses a change that would take `userId`'s moderation away from a network with no other moderator. */
  async assertAnotherModerator(manager: EntityManager, networkId: string, userId: string, message: string): Promise<void> {
    const moderators = await this.membership.moderatorUserIds(networkId, manager);
    if (!moderators.some((id) => id !== userId)) throw new NetworkException(NetworkRefusal.LAST_MODERATOR, message);
  }

  /** Audits a change to the network in its transaction, naming the membership the caller acted through. */
  async audit(manager: EntityManager, actor: Actor, network: Network, action: string, details: Record<string, unknown>): Promise<void> {
    await this.auditService.record(manager, actor, {
      action,
      entityType: 'Network',
      entityId: network.id,
      localAuthorityId: network.localAuthorityId,
      membershipId: this.membershipOf(actor, network),
      details,
    });
  }

  private membershipOf(actor: Actor, network: Network): string | null {
    const here = actor.grants.find(
      (g) => NETWORK_PARTICIPANT_ROLES.includes(g.role) && g.localAuthorityId === network.localAuthorityId,
    );
    return here?.membershipId ?? actor.membershipFor(...NETWORK_PARTICIPANT_ROLES, Role.HMI);
  }

  /** Saves the caller's or another person's new standing. */
  async settle(
    manager: EntityManager,
    row: NetworkMember,
    status: NetworkMemberStatus,
    decidedById: string | null,
    changes: Partial<Pick<NetworkMember, 'role' | 'invitedById'>> = {},
  ): Promise<NetworkMember> {
    Object.assign(row, changes, { status, decidedById });
    const saved = await manager.save(row);
    await this.changes.changed(manager, { networkId: row.networkId, userId: row.userId, status });
    return saved;
  }
}
