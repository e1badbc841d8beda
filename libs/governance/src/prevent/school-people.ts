import { EntityManager } from 'typeorm';
import type { IsoDate } from '@safeguard/calendar';
import { membershipInForceSql } from '@safeguard/policy';

/** A person holding a school role today. */
export interface SchoolPerson {
  userId: string;
  name: string;
}

/** Memberships of school $1 with one of the roles $3, in force on $2. Roles are compared as text, so a role the database does not know yet matches nothing. */
const PEOPLE_IN_POST = `
  SELECT DISTINCT ON (u.id) u.id AS user_id, u.display_name AS name
    FROM memberships m JOIN users u ON u.id = m.user_id
   WHERE m.school_id = $1 AND m.role::text = ANY($3::text[])
     AND ${membershipInForceSql('m', '$2::date')}
     AND u.status::text <> 'DISABLED'
   ORDER BY u.id`;

/** The school's people in post today with any of `roles`, by name. */
export async function peopleInPost(manager: EntityManager, schoolId: string, today: IsoDate, roles: readonly string[]): Promise<SchoolPerson[]> {
  const rows: Array<{ user_id: string; name: string }> = await manager.query(PEOPLE_IN_POST, [schoolId, today, roles]);
  return rows.map((r) => ({ userId: r.user_id, name: r.name })).sort((a, b) => a.name.localeCompare(b.name));
}
