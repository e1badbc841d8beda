import { EntityManager } from 'typeorm';
import { Actor, Grant, Role } from '@safeguard/policy';

/** The demo user as the policy sees them, from their memberships; `purpose` names the seed in the audit trail's request id. */
export async function demoActor(manager: EntityManager, email: string, purpose = 'concerns'): Promise<Actor> {
  const rows: Array<{ user_id: string; id: string; role: Role; school_id: string | null; la: string | null; unqualified: boolean }> = await manager.query(
    `SELECT m.user_id, m.id, m.role, m.school_id, coalesce(m.local_authority_id, s.local_authority_id) AS la, m.unqualified
       FROM memberships m JOIN users u ON u.id = m.user_id LEFT JOIN schools s ON s.id = m.school_id WHERE u.email = $1`,
    [email],
  );
  const grants: Grant[] = rows.map((r) => ({ membershipId: r.id, role: r.role, schoolId: r.school_id, localAuthorityId: r.la, unqualified: r.unqualified }));
  return new Actor(rows[0].user_id, grants, `seed:${purpose}:${email}`);
}
