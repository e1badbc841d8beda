import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CommonException, ConnectionShape, paginate } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { NetworkException, NetworkRefusal } from './network.exception';
import { NetworkMemberStatus, NetworkRole } from './network.enums';
import { CreateNetworkInput, NetworksArgs } from './network.inputs';
import { NetworkInvitationModel } from './network.models';
import { NetworkMember } from './network-member.entity';
import { Network } from './network.entity';
import { canTakePartSql, memberViews, NetworkMemberView, takePartParams } from './network-people';
import { NetworkPolicy } from './network.policy';
import { NetworkRecords } from './network-records.service';

/** Finding and reading networks, and creating them. */
@Injectable()
export class NetworksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: NetworkPolicy,
    private readonly records: NetworkRecords,
  ) {}

  /** One network the caller may see; otherwise NOT_FOUND. */
  async read(actor: Actor, id: string): Promise<Network> {
    const network = await this.policy
      .scope(actor, this.dataSource.manager.createQueryBuilder(Network, 'n'), 'n')
      .andWhere('n.id = :id', { id })
      .getOne();
    if (!network) throw CommonException.notFound('The network');
    return network;
  }

  /** Networks the caller may see, by name. */
  list(actor: Actor, args: NetworksArgs): Promise<ConnectionShape<Network>> {
    const query = this.policy.scope(actor, this.dataSource.manager.createQueryBuilder(Network, 'n'), 'n');
    const f = args.filter ?? {};
    if (f.localAuthorityId) query.andWhere('n.local_authority_id = :la', { la: f.localAuthorityId });
    if (f.mine) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM network_members mine WHERE mine.network_id = n.id AND mine.user_id = :me AND mine.status::text = 'ACTIVE')`,
        { me: actor.userId },
      );
    }
    return paginate(query, { columns: ['n.name', 'n.id'], keyOf: (n) => [n.name, n.id] }, args);
  }

  /** The caller's own rows in these networks, for the policy and `myMembership`. */
  async ownRows(actor: Actor, networkIds: readonly string[]): Promise<Map<string, NetworkMemberView>> {
    const rows = await memberViews(this.dataSource.manager, networkIds, Object.values(NetworkMemberStatus), actor.userId);
    return new Map(rows.map((r) => [r.networkId, r]));
  }

  /** Rows of each network in one of `statuses`, moderators first (the resolver decides who may see them). */
  async membersOf(networkIds: readonly string[], statuses: readonly NetworkMemberStatus[]): Promise<NetworkMemberView[][]> {
    const rows = await memberViews(this.dataSource.manager, networkIds, statuses);
    return networkIds.map((id) => rows.filter((r) => r.networkId === id));
  }

  /** Active members who may take part today, per network. */
  async memberCounts(networkIds: readonly string[]): Promise<number[]> {
    const rows: Array<{ network_id: string; n: number }> = await this.dataSource.query(
      `SELECT nm.network_id, count(*)::int AS n FROM network_members nm
        WHERE nm.network_id = ANY($1::uuid[]) AND nm.status::text = 'ACTIVE' AND ${canTakePartSql('nm.user_id', '$2', '$3')}
        GROUP BY nm.network_id`,
      [[...networkIds], ...takePartParams()],
    );
    const counts = new Map(rows.map((r) => [r.network_id, r.n]));
    return networkIds.map((id) => counts.get(id) ?? 0);
  }

  /** Invitations waiting for the caller's answer, newest first. */
  async invitations(actor: Actor): Promise<NetworkInvitationModel[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(NetworkMember, 'nm')
      .innerJoinAndSelect('nm.network', 'n')
      .where('nm.user_id = :me', { me: actor.userId })
      .andWhere(`nm.status::text = :invited`, { invited: NetworkMemberStatus.INVITED })
      .orderBy('nm.updatedAt', 'DESC')
      .getMany();
    const inviters = [...new Set(rows.map((r) => r.invitedById).filter((id): id is string => id !== null))];
    const names: Array<{ id: string; display_name: string }> = inviters.length
      ? await this.dataSource.query('SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])', [inviters])
      : [];
    const nameOf = new Map(names.map((u) => [u.id, u.display_name]));
    return rows.map((r) => ({
      network: r.network!,
      invitedById: r.invitedById,
      invitedByName: r.invitedById ? (nameOf.get(r.invitedById) ?? null) : null,
      invitedAt: r.updatedAt,
    }));
  }

  /** A manager for their authority, a headteacher for their school's; the creator is its first moderator. */
  async create(actor: Actor, input: CreateNetworkInput): Promise<Network> {
    const localAuthorityId = this.policy.creationArea(actor, input.localAuthorityId);
    return this.dataSource.transaction(async (manager) => {
      // One creation per authority at a time, so the name check below cannot race another.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`networks:${localAuthorityId}`]);
      const [clash] = await manager.query('SELECT 1 FROM networks WHERE local_authority_id = $1 AND lower(name) = lower($2)', [
        localAuthorityId,
        input.name,
      ]);
      if (clash) {
        throw new NetworkException(NetworkRefusal.NAME_TAKEN, 'The authority already has a network of this name', 'name');
      }
      const network = await manager.save(
        manager.create(Network, { name: input.name, description: input.description || null, localAuthorityId, createdById: actor.userId! }),
      );
      await manager.save(
        manager.create(NetworkMember, {
          networkId: network.id,
          userId: actor.userId!,
          role: NetworkRole.MODERATOR,
          status: NetworkMemberStatus.ACTIVE,
          invitedById: null,
          decidedById: actor.userId,
        }),
      );
      await this.records.audit(manager, actor, network, 'networks.create', { name: network.name });
      return network;
    });
  }
}
