import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { APP_ROLE, ROW_SECURITY_APPLY, ROW_SECURITY_RESET, runAsSystem, runWithDatabaseAccess, settingsOf } from '@safeguard/database';
import { Actor, databaseActorOf, Grant, membershipInForceSql, Role } from '@safeguard/policy';
import { startTestApp, TestApp } from '../support/test-app';

/** Every table behind the wall (the RowLevelSecurity migration). */
const PROTECTED = [
  'children', 'register_entries', 'register_events', 'register_enquiries', 'register_visits', 'register_deadlines',
  'concerns', 'concern_additions', 'concern_attachments', 'concern_decisions', 'concern_deadlines',
  'governance_appointments', 'governance_checks', 'governance_alerts',
  'prevent_risk_assessments', 'prevent_training_records', 'safeguarding_returns',
  'conversations', 'conversation_members', 'conversation_events', 'messages', 'message_attachments', 'message_reports',
  'message_edits', 'message_reactions',
];

/** Tables the demo always fills, so "no rows" below means the wall and not an empty table. */
const SEEDED = [
  'children', 'register_entries', 'register_events', 'concerns', 'concern_decisions',
  'governance_appointments', 'governance_checks', 'safeguarding_returns', 'conversations', 'conversation_members', 'messages',
];

describe('row-level security: the database walls off what the policy layer already refuses', () => {
  let t: TestApp;
  let owner: Client;
  let dataSource: DataSource;

  const count = async (client: Client, table: string) =>
    Number((await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n);

  /** The Actor the api builds for a demo account (its memberships in force today). */
  const actorOf = async (email: string): Promise<Actor> => {
    const rows = (await owner.query(
      `SELECT u.id AS user_id, m.id AS membership_id, m.role, m.school_id,
              coalesce(m.local_authority_id, s.local_authority_id) AS local_authority_id, m.unqualified
         FROM users u JOIN memberships m ON m.user_id = u.id AND ${membershipInForceSql('m', 'current_date')}
         LEFT JOIN schools s ON s.id = m.school_id WHERE u.email = $1`,
      [email],
    )).rows as Array<{ user_id: string; membership_id: string; role: Role; school_id: string | null; local_authority_id: string | null; unqualified: boolean }>;
    const grants: Grant[] = rows.map((r) => ({
      membershipId: r.membership_id, role: r.role, schoolId: r.school_id, localAuthorityId: r.local_authority_id, unqualified: r.unqualified,
    }));
    return new Actor(rows[0].user_id, grants, 'rls-test');
  };

  /** A raw connection as the app role, with the settings the api would set for `actor` (none when absent). */
  const asAppRole = async <T>(actor: Actor | null, work: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    try {
      await client.query(`SET ROLE ${APP_ROLE}`);
      if (actor) {
        const a = databaseActorOf(actor);
        await client.query(
          `SELECT set_config('app.user_id', $1, false), set_config('app.school_ids', $2, false),
                  set_config('app.school_area_ids', $3, false), set_config('app.local_authority_ids', $4, false),
                  set_config('app.roles', $5, false)`,
          [a.userId, a.schoolIds.join(','), a.schoolAreaIds.join(','), a.localAuthorityIds.join(','), a.roles.join(',')],
        );
      }
      return await work(client);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
    // The owner as the worker connects: past the wall even when it is not a superuser (FORCE).
    owner = new Client({ connectionString: t.db.url, options: '-c app.system=on' });
    await owner.connect();
    dataSource = t.app.get(DataSource);
  });

  afterAll(async () => {
    await owner?.end();
    await t?.close();
  });

  it('enables row-level security on every protected table, forced on all but conversation_members, for a role that owns none and cannot bypass it', async () => {
    const tables = (await owner.query(
      `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, pg_get_userbyid(c.relowner) AS owner
         FROM pg_class c WHERE c.relname = ANY($1) AND c.relkind = 'r'`,
      [PROTECTED],
    )).rows as Array<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean; owner: string }>;
    expect(tables.map((r) => r.relname).sort()).toEqual([...PROTECTED].sort());
    for (const table of tables) {
      // The members table is read by its owner for the conversations policy (see the migration).
      const forced = table.relname !== 'conversation_members';
      expect({ table: table.relname, enabled: table.relrowsecurity, forced: table.relforcerowsecurity }).toEqual({ table: table.relname, enabled: true, forced });
      expect(table.owner).not.toBe(APP_ROLE);
    }
    const [role] = (await owner.query('SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1', [APP_ROLE])).rows;
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
  });

  it('shows the app role with no user set no row of any protected table, while rows exist', async () => {
    for (const table of SEEDED) expect({ table, rows: (await count(owner, table)) > 0 }).toEqual({ table, rows: true });
    await asAppRole(null, async (client) => {
      for (const table of PROTECTED) expect({ table, rows: await count(client, table) }).toEqual({ table, rows: 0 });
    });
  });

  it("shows a school's DSL only its own school's concerns, governance and returns, and only its area's children", async () => {
    const dsl = await actorOf('dsl1@demo.test');
    const [school] = dsl.schoolIds(Role.DSL);
    const [area] = dsl.localAuthorityIds(Role.DSL);
    const otherSchools = Number((await owner.query('SELECT count(DISTINCT school_id)::int AS n FROM concerns WHERE school_id <> $1', [school])).rows[0].n);
    expect(otherSchools).toBeGreaterThan(0);
    await asAppRole(dsl, async (client) => {
      for (const table of ['concerns', 'governance_appointments', 'safeguarding_returns', 'prevent_risk_assessments', 'prevent_training_records']) {
        const seen = (await client.query(`SELECT DISTINCT school_id FROM ${table}`)).rows.map((r: { school_id: string }) => r.school_id);
        const own = Number((await owner.query(`SELECT count(*)::int AS n FROM ${table} WHERE school_id = $1`, [school])).rows[0].n);
        expect({ table, seen: seen.filter((id) => id !== school) }).toEqual({ table, seen: [] });
        expect({ table, rows: await count(client, table) }).toEqual({ table, rows: own });
      }
      const areas = (await client.query('SELECT DISTINCT local_authority_id FROM register_entries')).rows.map((r: { local_authority_id: string }) => r.local_authority_id);
      expect(areas).toEqual([area]);
      const children = (await client.query('SELECT count(*)::int AS n FROM children WHERE local_authority_id <> $1 AND school_id IS DISTINCT FROM $2', [area, school])).rows[0].n;
      expect(children).toBe(0);
      // Writing outside the wall changes nothing, and inserting outside it is refused.
      const [, changed] = [null, (await client.query("UPDATE concerns SET updated_at = now() WHERE school_id <> $1", [school])).rowCount];
      expect(changed).toBe(0);
    });
  });

  it("shows an authority's officer its own authority's rows and no other's", async () => {
    const officer = await actorOf('officer.bradford@demo.test');
    const [area] = officer.localAuthorityIds(Role.LA_OFFICER);
    await asAppRole(officer, async (client) => {
      for (const table of ['children', 'register_entries', 'concerns', 'governance_appointments']) {
        const seen = (await client.query(`SELECT DISTINCT local_authority_id FROM ${table}`)).rows.map((r: { local_authority_id: string }) => r.local_authority_id);
        expect({ table, seen: seen.filter((id) => id !== area) }).toEqual({ table, seen: [] });
      }
    });
  });

  it('shows messages only to members and readers of their conversations', async () => {
    const reader = await actorOf('hmci@demo.test');
    await asAppRole(reader, async (client) => {
      expect(await count(client, 'messages')).toBe(0);
      expect(await count(client, 'conversations')).toBe(0);
    });
    const head = await actorOf('head1@demo.test');
    await asAppRole(head, async (client) => {
      const outside = (await client.query(
        `SELECT count(*)::int AS n FROM messages m JOIN conversations c ON c.id = m.conversation_id
          WHERE NOT EXISTS (SELECT 1 FROM conversation_members cm WHERE cm.conversation_id = c.id AND cm.user_id = $1)
            AND NOT EXISTS (SELECT 1 FROM network_members nm WHERE nm.network_id = c.network_id AND nm.user_id = $1)`,
        [head.userId],
      )).rows[0].n;
      expect(outside).toBe(0);
      expect(await count(client, 'messages')).toBeGreaterThan(0);
    });
  });

  it("runs the api's own queries as the app role with the actor's settings, and as nobody outside a request", async () => {
    const dsl = await actorOf('dsl1@demo.test');
    const [school] = dsl.schoolIds(Role.DSL);
    const who = (): Promise<Array<{ role: string; user_id: string }>> =>
      dataSource.query("SELECT current_user AS role, current_setting('app.user_id', true) AS user_id");
    expect(await runWithDatabaseAccess(databaseActorOf(dsl), who)).toEqual([{ role: APP_ROLE, user_id: dsl.userId }]);
    const schools = await runWithDatabaseAccess(databaseActorOf(dsl), () =>
      dataSource.transaction((manager) => manager.query('SELECT DISTINCT school_id FROM concerns')));
    expect(schools).toEqual([{ school_id: school }]);
    expect(await dataSource.query('SELECT count(*)::int AS n FROM concerns')).toEqual([{ n: 0 }]);
    expect(await who()).toEqual([{ role: APP_ROLE, user_id: '' }]);
    const all = await runAsSystem(() => dataSource.query('SELECT count(*)::int AS n FROM concerns'));
    expect(all[0].n).toBe(await count(owner, 'concerns'));
  });

  it('lets each role use the api as before (a school sees its concerns, the council its queue)', async () => {
    const dslToken = await t.login('dsl1@demo.test');
    const mine = await t.gql<{ concerns: { edges: unknown[] } }>('{ concerns(first: 50) { edges { node { id } } } }', {}, dslToken);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.concerns.edges.length).toBeGreaterThan(0);
    const officerToken = await t.login('officer@demo.test');
    const queue = await t.gql<{ frontDoorQueue: { edges: unknown[] } }>('{ frontDoorQueue(first: 50) { edges { node { id } } } }', {}, officerToken);
    expect(queue.errors).toBeUndefined();
    expect(queue.data!.frontDoorQueue.edges.length).toBeGreaterThan(0);
  });

  it('measures the cost of setting the context: one round-trip when a connection is taken, one when it is given back', async () => {
    const rounds = 300;
    const pool = (dataSource.driver as unknown as { master: Pool }).master;
    const time = async (work: () => Promise<unknown>) => {
      const start = process.hrtime.bigint();
      for (let i = 0; i < rounds; i++) await work();
      return Number(process.hrtime.bigint() - start) / 1e6 / rounds;
    };
    const dsl = databaseActorOf(await actorOf('dsl1@demo.test'));
    const settings = settingsOf(dsl);
    const bare = await time(() => pool.query('SELECT 1'));
    const walled = await time(async () => {
      const client = await pool.connect();
      try {
        await client.query(ROW_SECURITY_APPLY, settings);
        await client.query('SELECT 1');
        await client.query(ROW_SECURITY_RESET);
      } finally {
        client.release();
      }
    });
    const typeorm = await runWithDatabaseAccess(dsl, () => time(() => dataSource.query('SELECT 1')));
    process.stdout.write(
      `row-level security, ms per statement (${rounds} rounds): bare pool ${bare.toFixed(3)}, pool + context set and reset ${walled.toFixed(3)}, TypeORM with the context ${typeorm.toFixed(3)}\n`,
    );
    expect(walled).toBeGreaterThan(0);
  });
});
