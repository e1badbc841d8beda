import { EntityManager } from 'typeorm';

/** Records the demo HMI's membership in Birmingham as an assignment, with its reason. */
export async function seedInspectionDemo(manager: EntityManager): Promise<number> {
  const rows: Array<{ id: string }> = await manager.query(
    `INSERT INTO hmi_assignments (user_id, local_authority_id, membership_id, starts_on, ends_on, reason, reason_note, assigned_by_id)
     SELECT m.user_id, m.local_authority_id, m.id, m.starts_on, m.ends_on, 'RISK_OF_RADICALISATION',
            'Ofsted’s letters of June and July 2016: children at greater risk; report termly.', a.id
       FROM memberships m JOIN users u ON u.id = m.user_id, users a
      WHERE u.email = 'hmi@demo.test' AND m.role::text = 'HMI' AND a.email = 'admin@demo.test'
     RETURNING id`,
  );
  return rows.length;
}
