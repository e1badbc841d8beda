import { execFileSync } from 'node:child_process';
import { verifyAuditChain } from '@safeguard/audit';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../support/test-app';

describe('audit trail', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    // Some events of different areas: sign-ins (platform) and a refused mutation.
    await t.login('officer@demo.test');
    await t.login('officer.bradford@demo.test');
  });
  afterAll(() => t.close());

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    await expect(t.db.query(`UPDATE audit_events SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
    await expect(t.db.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
  });

  it('lets LA managers and HMI read their own area only, and refuses schools', async () => {
    const manager = await t.login('manager@demo.test');
    const admin = await t.login('admin@demo.test');
    const [school] = await t.db.query<{ id: string }>('SELECT id FROM schools WHERE urn = 990009');
    await t.gql(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }`,
      { input: { email: 'head9@demo.test', displayName: 'H9', role: 'HEADTEACHER', schoolId: school.id } },
      manager,
    );
    const [birmingham] = await t.db.query<{ id: string }>(`SELECT id FROM local_authorities WHERE code = '330'`);
    const query = '{ auditEvents(first: 50) { edges { node { action localAuthorityId outcome } } } }';
    type Page = { auditEvents: { edges: Array<{ node: { action: string; localAuthorityId: string | null } }> } };

    const managerView = (await t.gql<Page>(query, {}, manager)).data!.auditEvents.edges.map((e) => e.node);
    // Besides the demo seed's register entries, concerns, governance and pressure reports, the only Birmingham event is the invitation.
    const seeded = (action: string) => action === 'register.open_entry' || /^(concerns|governance|pressure)\./.test(action);
    expect(managerView.map((e) => e.action).filter((a) => !seeded(a))).toEqual(['accounts.invite']);
    expect(managerView.every((e) => e.localAuthorityId === birmingham.id)).toBe(true);

    const hmiView = (await t.gql<Page>(query, {}, await t.login('hmi@demo.test'))).data!.auditEvents.edges;
    expect(hmiView.map((e) => e.node.action).filter((a) => !seeded(a))).toEqual(['accounts.invite']);

    const adminView = (await t.gql<Page>(query, {}, admin)).data!.auditEvents.edges.map((e) => e.node);
    expect(adminView.some((e) => e.action === 'auth.login')).toBe(true);
    expect(adminView.every((e) => e.localAuthorityId === null)).toBe(true);

    const dsl = await t.gql(query, {}, await t.login('dsl1@demo.test'));
    expect(dsl.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('verifies the chain, and names the first row altered by hand', async () => {
    const dataSource = await new DataSource({ type: 'postgres', url: t.db.url }).initialize();
    try {
      const intact = await verifyAuditChain(dataSource, 3);
      expect(intact.firstBroken).toBeNull();
      expect(intact.rowsChecked).toBeGreaterThan(5);

      const [target] = await t.db.query<{ id: string }>('SELECT id FROM audit_events ORDER BY id OFFSET 2 LIMIT 1');
      // A superuser bypassing the triggers, as an attacker with database access would.
      await t.db.query(`SET session_replication_role = replica`);
      await t.db.query(`UPDATE audit_events SET details = '{"tampered": true}' WHERE id = $1`, [target.id]);
      await t.db.query(`SET session_replication_role = origin`);

      const broken = await verifyAuditChain(dataSource, 3);
      expect(broken.firstBroken).toEqual({ id: target.id, problem: 'hash-mismatch' });
    } finally {
      await dataSource.destroy();
    }
  });

  it('npm run audit:verify exits 1 naming the broken row', () => {
    let output = '';
    let status = 0;
    try {
      execFileSync('node', ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/cli/src/audit-verify.ts'], {
        env: { ...process.env, DATABASE_URL: t.db.url },
        stdio: 'pipe',
      });
    } catch (error) {
      const failure = error as { status: number; stderr: Buffer };
      status = failure.status;
      output = failure.stderr.toString();
    }
    expect(status).toBe(1);
    expect(output).toMatch(/BROKEN at row id \d+ \(hash-mismatch\)/);
  });
});
