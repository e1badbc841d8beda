import { EntityManager } from 'typeorm';
import { londonToday } from '@safeguard/calendar';
import { NETWORK_PARTICIPANT_ROLES, NetworkMemberStatus, NetworkRole } from './network.enums';
import { membershipInForceSql } from '@safeguard/policy';

/**
 * SQL that is true when the user in `userColumn` may take part in networks today: an active
 * account holding a headteacher, DSL, officer or manager membership in force. `$today` and
 * `$roles` name the placeholders holding `londonToday()` and NETWORK_PARTICIPANT_ROLES. Roles are
 * compared as text, so a role the database does not know yet matches nothing.
 */
export function canTakePartSql(userColumn: string, today: string, roles: string): string {
  return `EXISTS (SELECT 1 FROM memberships pm JOIN users pu ON pu.id = pm.user_id
     WHERE pm.user_id = ${userColumn} AND pu.status::text = 'ACTIVE' AND pm.role::text = ANY(${roles}::text[])
       AND (pm.starts_on IS NULL OR pm.starts_on <= ${today}::date) AND (pm.ends_on IS NULL OR pm.ends_on >= ${today}::date))`;
}

/** The parameters `canTakePartSql` expects, in order. */
export function takePartParams(): [string, string[]] {
  return [londonToday(), [...NETWORK_PARTICIPANT_ROLES]];
}

/** A person who may take part in networks today, with the authorities their memberships belong to. */
export interface Participant {
  userId: string;
  displayName: string;
  localAuthorityIds: string[];
}

/** The user if they may take part today, else null; never says which part failed. */
export async function participant(manager: EntityManager, userId: string): Promise<Participant | null> {
  const [today, roles] = takePartParams();
  const rows: Array<{ display_name: string; local_authority_id: string | null }> = await manager.query(
    `SELECT u.display_name, coalesce(m.local_authority_id, s.local_authority_id) AS local_authority_id
       FROM users u JOIN memberships m ON m.user_id = u.id LEFT JOIN schools s ON s.id = m.school_id
      WHERE u.id = $1 AND u.status::text = 'ACTIVE' AND m.role::text = ANY($3::text[])
        AND ${membershipInForceSql('m', '$2::date')}`,
    [userId, today, roles],
  );
  if (!rows.length) return null;
  const areas = rows.map((r) => r.local_authority_id).filter((id): id is string => id !== null);
  return { userId, displayName: rows[0].display_name, localAuthorityIds: [...new Set(areas)] };
}

/** A member row with the person's name and whether they may take part today, as the API shows it. */
export interface NetworkMemberView {
  networkId: string;
  userId: string;
  displayName: string;
  role: NetworkRole;
  status: NetworkMemberStatus;
  canTakePart: boolean;
  invitedById: string | null;
  decidedById: string | null;
  createdAt: Date;
  updatedAt: Date;
}

interface MemberRow {
  network_id: string;
  user_id: string;
  display_name: string;
  role: NetworkRole;
  status: NetworkMemberStatus;
  can_take_part: boolean;
  invited_by_id: string | null;
  decided_by_id: string | null;
  created_at: Date;
  updated_at: Date;
}

/**
 * Rows of the networks with one of `statuses` (optionally one person's), moderators first, then
 * by status and name.
 */
export async function memberViews(
  manager: EntityManager,
  networkIds: readonly string[],
  statuses: readonly NetworkMemberStatus[],
  userId: string | null = null,
): Promise<NetworkMemberView[]> {
  if (!networkIds.length) return [];
  const rows: MemberRow[] = await manager.query(
    `SELECT nm.network_id, nm.user_id, u.display_name, nm.role::text AS role, nm.status::text AS status,
            ${canTakePartSql('nm.user_id', '$4', '$5')} AS can_take_part,
            nm.invited_by_id, nm.decided_by_id, nm.created_at, nm.updated_at
       FROM network_members nm JOIN users u ON u.id = nm.user_id
      WHERE nm.network_id = ANY($1::uuid[]) AND nm.status::text = ANY($2::text[]) AND ($3::uuid IS NULL OR nm.user_id = $3::uuid)
      ORDER BY nm.network_id, (nm.role::text = 'MODERATOR') DESC, nm.status::text, u.display_name, nm.user_id`,
    [[...networkIds], [...statuses], userId, ...takePartParams()],
  );
  return rows.map((r) => ({
    networkId: r.network_id,
    userId: r.user_id,
    displayName: r.display_name,
    role: r.role,
    status: r.status,
    canTakePart: r.can_take_part,
    invitedById: r.invited_by_id,
    decidedById: r.decided_by_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

/** One person's row, in whatever status. */
export async function memberView(manager: EntityManager, networkId: string, userId: string): Promise<NetworkMemberView> {
  const [view] = await memberViews(manager, [networkId], Object.values(NetworkMemberStatus), userId);
  return view;
}

/** The authority's LA managers in post today: they moderate every network of the authority. */
export async function authorityManagers(manager: EntityManager, localAuthorityId: string): Promise<string[]> {
  const rows: Array<{ user_id: string }> = await manager.query(
    `SELECT DISTINCT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.local_authority_id = $1 AND m.role::text = 'LA_MANAGER' AND u.status::text = 'ACTIVE'
        AND ${membershipInForceSql('m', '$2::date')}
      ORDER BY m.user_id`,
    [localAuthorityId, londonToday()],
  );
  return rows.map((r) => r.user_id);
}
