import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { londonToday } from '@safeguard/calendar';
import { membershipInForceSql, Role } from '@safeguard/policy';

/** The people of an authority's schools safeguarding team, as of today. */
@Injectable()
export class AuthorityTeam {
  async members(manager: EntityManager, localAuthorityId: string, roles: Role[]): Promise<string[]> {
    const today = londonToday();
    const rows: Array<{ user_id: string }> = await manager.query(
      `SELECT DISTINCT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.local_authority_id = $1 AND m.role::text = ANY($2::text[]) AND u.status::text = 'ACTIVE'
          AND ${membershipInForceSql('m', '$3')}`,
      [localAuthorityId, roles, today],
    );
    return rows.map((r) => r.user_id);
  }

  managers(manager: EntityManager, localAuthorityId: string): Promise<string[]> {
    return this.members(manager, localAuthorityId, [Role.LA_MANAGER]);
  }

  workers(manager: EntityManager, localAuthorityId: string): Promise<string[]> {
    return this.members(manager, localAuthorityId, [Role.LA_OFFICER, Role.LA_MANAGER]);
  }
}
