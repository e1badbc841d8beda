import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { canTakePartSql, takePartParams } from './network-people';
import { membershipInForceSql } from '@safeguard/policy';

/**
 * Who is in which network, for other domains (messaging, the practice library). A member counts
 * only while ACTIVE and while they may still take part (an active account with a headteacher,
 * DSL, officer or manager membership in force): a headteacher who leaves their post drops out of
 * every network's conversations without anyone having to remove them. Each method reads inside
 * the caller's transaction when given its manager.
 */
@Injectable()
export class NetworkMembership {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The networks the user is an active member of. */
  async activeNetworkIdsOf(userId: string, manager?: EntityManager): Promise<string[]> {
    const rows: Array<{ network_id: string }> = await this.run(
      manager,
      `SELECT nm.network_id FROM network_members nm
        WHERE nm.user_id = $1 AND nm.status::text = 'ACTIVE' AND ${canTakePartSql('nm.user_id', '$2', '$3')}
        ORDER BY nm.network_id`,
      [userId, ...takePartParams()],
    );
    return rows.map((r) => r.network_id);
  }

  async isActiveMember(networkId: string, userId: string, manager?: EntityManager): Promise<boolean> {
    const rows = await this.run(
      manager,
      `SELECT 1 FROM network_members nm
        WHERE nm.network_id = $1 AND nm.user_id = $2 AND nm.status::text = 'ACTIVE' AND ${canTakePartSql('nm.user_id', '$3', '$4')}`,
      [networkId, userId, ...takePartParams()],
    );
    return rows.length > 0;
  }

  /** The network's active members (for conversations and their notifications). */
  async activeMemberUserIds(networkId: string, manager?: EntityManager): Promise<string[]> {
    return this.membersWith(networkId, false, manager);
  }

  /** The network's active moderators (for requests to join and anything else they must decide). */
  async moderatorUserIds(networkId: string, manager?: EntityManager): Promise<string[]> {
    return this.membersWith(networkId, true, manager);
  }

  /**
   * The schools of the networks' active members: each school where one of them is headteacher or
   * DSL today (an officer or manager brings none). For "visible to the author's network".
   */
  async schoolIdsOfNetworks(networkIds: readonly string[], manager?: EntityManager): Promise<string[]> {
    if (!networkIds.length) return [];
    const [today, roles] = takePartParams();
    const rows: Array<{ school_id: string }> = await this.run(
      manager,
      `SELECT DISTINCT m.school_id FROM network_members nm
         JOIN users u ON u.id = nm.user_id AND u.status::text = 'ACTIVE'
         JOIN memberships m ON m.user_id = nm.user_id
        WHERE nm.network_id = ANY($1::uuid[]) AND nm.status::text = 'ACTIVE'
          AND m.school_id IS NOT NULL AND m.role::text = ANY($3::text[])
          AND ${membershipInForceSql('m', '$2::date')}
        ORDER BY m.school_id`,
      [[...networkIds], today, roles],
    );
    return rows.map((r) => r.school_id);
  }

  private async membersWith(networkId: string, moderatorsOnly: boolean, manager?: EntityManager): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await this.run(
      manager,
      `SELECT nm.user_id FROM network_members nm
        WHERE nm.network_id = $1 AND nm.status::text = 'ACTIVE' AND ($4::boolean = false OR nm.role::text = 'MODERATOR')
          AND ${canTakePartSql('nm.user_id', '$2', '$3')}
        ORDER BY nm.user_id`,
      [networkId, ...takePartParams(), moderatorsOnly],
    );
    return rows.map((r) => r.user_id);
  }

  private run<T>(manager: EntityManager | undefined, sql: string, params: unknown[]): Promise<T[]> {
    return (manager ?? this.dataSource.manager).query(sql, params);
  }
}
