import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CommonException } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { NetworkMemberStatus, NetworkRole } from './network.enums';
import { NetworkPersonInput, SetNetworkModeratorInput } from './network.inputs';
import { memberView, NetworkMemberView } from './network-people';
import { NetworkPolicy } from './network.policy';
import { NetworkRecords } from './network-records.service';

/** Running a network: removing members and naming moderators. A network keeps at least one moderator. */
@Injectable()
export class NetworkModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: NetworkPolicy,
    private readonly records: NetworkRecords,
  ) {}

  /** Removes a member, or withdraws an invitation not yet answered. */
  async remove(actor: Actor, input: NetworkPersonInput): Promise<NetworkMemberView> {
    return this.dataSource.transaction(async (manager) => {
      const { network, own } = await this.records.lockVisible(manager, actor, input.networkId);
      this.policy.assertCanModerate(actor, network, own);
      if (input.userId === actor.userId) throw CommonException.invalidInput('userId', 'To leave a network yourself, use leaveNetwork');
      const row = await this.records.rowOf(manager, network.id, input.userId);
      if (row?.status !== NetworkMemberStatus.ACTIVE && row?.status !== NetworkMemberStatus.INVITED) {
        throw CommonException.notFound('This person’s membership of the network');
      }
      const previousStatus = row.status;
      if (row.status === NetworkMemberStatus.ACTIVE && row.role === NetworkRole.MODERATOR) {
        await this.records.assertAnotherModerator(
          manager, network.id, row.userId, 'They are its only moderator: make another member moderator first',
        );
      }
      await this.records.settle(manager, row, NetworkMemberStatus.REMOVED, actor.userId, { role: NetworkRole.MEMBER });
      await this.records.audit(manager, actor, network, 'networks.remove_member', { userId: input.userId, previousStatus });
      return memberView(manager, network.id, input.userId);
    });
  }

  /** Makes an active member a moderator, or a moderator a plain member (never the last one). */
  async setModerator(actor: Actor, input: SetNetworkModeratorInput): Promise<NetworkMemberView> {
    return this.dataSource.transaction(async (manager) => {
      const { network, own } = await this.records.lockVisible(manager, actor, input.networkId);
      this.policy.assertCanModerate(actor, network, own);
      const row = await this.records.rowOf(manager, network.id, input.userId);
      if (row?.status !== NetworkMemberStatus.ACTIVE) throw CommonException.notFound('This person’s membership of the network');
      if (input.moderator) await this.records.assertParticipant(manager, input.userId);
      else if (row.role === NetworkRole.MODERATOR) {
        await this.records.assertAnotherModerator(
          manager, network.id, row.userId, 'A network keeps at least one moderator: make another member moderator first',
        );
      }
      const role = input.moderator ? NetworkRole.MODERATOR : NetworkRole.MEMBER;
      const previousRole = row.role;
      if (row.role !== role) {
        row.role = role;
        await manager.save(row);
      }
      await this.records.audit(manager, actor, network, 'networks.set_moderator', { userId: input.userId, moderator: input.moderator, previousRole });
      return memberView(manager, network.id, input.userId);
    });
  }
}
