import { Client } from 'pg';
import { startTestApp, TestApp } from '../support/test-app';

const SCHOOLS = '{ schools(first: 3, filter: { localAuthorityCode: "330" }) { edges { node { urn name } } } }';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The test's own connection (t.db) is spared: only the api's connections are killed.
let sparedPid = 0;

/** Kills every connection of the api to its database, as a failover or an operator would. */
async function terminateBackends(admin: Client): Promise<number> {
  const rows = await admin.query(
    'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND pid <> $1',
    [sparedPid],
  );
  return rows.rowCount ?? 0;
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

describe('Database faults', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login('officer@demo.test');
    [{ pid: sparedPid }] = await t.db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Retries until the api answers normally again, and says how long that took. */
  async function recovers(): Promise<number> {
    const started = Date.now();
    for (;;) {
      const result = await t.gql(SCHOOLS, {}, token);
      if (!result.errors) return Date.now() - started;
      expect(result.errors[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      if (Date.now() - started > 10000) throw new Error(`still failing: ${JSON.stringify(result.errors)}`);
      await sleep(100);
    }
  }

  it('answers SERVICE_UNAVAILABLE, without a stack, when its connection is terminated mid-request, then recovers', async () => {
    expect((await t.gql(SCHOOLS, {}, token)).errors).toBeUndefined();
    // Hold the table so the query is certainly in flight when its backend is killed.
    const locker = await connect(t.db.url);
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE schools IN ACCESS EXCLUSIVE MODE');
      const inFlight = t.gql(SCHOOLS, {}, token);
      for (let i = 0; i < 50; i++) {
        const waiting = await locker.query("SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
        if (waiting.rowCount) break;
        await sleep(50);
      }
      expect(await terminateBackends(locker)).toBeGreaterThan(0);
      const result = await inFlight;
      expect(result.data ?? null).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'connection terminated by the server' });
      expect(result.errors![0].message).toMatch(/database is unavailable/);
      expect(JSON.stringify(result)).not.toMatch(/at .*\.(ts|js):\d+|stack|SELECT/);
    } finally {
      await locker.query('ROLLBACK').catch(() => undefined);
      await locker.end();
    }
    expect(await recovers()).toBeLessThan(5000);
  });

  it('rolls back a mutation whose connection is terminated mid-transaction, and says so clearly', async () => {
    const locker = await connect(t.db.url);
    const lastName = `Faultline${Date.now()}`;
    try {
      await locker.query('BEGIN');
      // The new child's INSERT waits here, inside the mutation's transaction.
      await locker.query('LOCK TABLE children IN ACCESS EXCLUSIVE MODE');
      const inFlight = t.gql(
        'mutation($input: OpenRegisterEntryInput!) { openRegisterEntry(input: $input) { id } }',
        { input: { kind: 'CME', reason: 'IDENTIFIED_BY_COUNCIL', child: { legalFirstName: 'Fault', legalLastName: lastName, dateOfBirth: '2013-05-05', sex: 'FEMALE', postcode: 'B8 2AA' } } },
        token,
      );
      for (let i = 0; i < 50; i++) {
        const waiting = await locker.query("SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
        if (waiting.rowCount) break;
        await sleep(50);
      }
      await terminateBackends(locker);
      const result = await inFlight;
      expect(result.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await locker.query('ROLLBACK').catch(() => undefined);
      await locker.end();
    }
    expect(await recovers()).toBeLessThan(5000);
    expect(await t.db.query('SELECT 1 FROM children WHERE legal_last_name = $1', [lastName])).toEqual([]);
  });

  it('recovers by itself when every connection is terminated between requests, for queries and mutations', async () => {
    const admin = await connect(t.db.url);
    try {
      for (let round = 0; round < 3; round++) {
        await terminateBackends(admin);
        // Whatever lands in the moment the pool learns of it is a clear error or a normal answer, never a 500.
        const [query, me] = await Promise.all([t.gql(SCHOOLS, {}, token), t.gql('{ me { email } }', {}, token)]);
        for (const result of [query, me]) {
          expect(result.status).toBe(200);
          if (result.errors) expect(result.errors[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
        }
        await sleep(200);
        expect(await recovers()).toBeLessThan(5000);
      }
      // Writes work again too: a new session is a write (session row and audit row).
      expect(await t.login('manager@demo.test')).toEqual(expect.any(String));
    } finally {
      await admin.end();
    }
  });

  it('reports the outage on /health/ready (503 with a reason) and the recovery (200)', async () => {
    const ready = async () => {
      const response = await fetch(`${t.url}/health/ready`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    expect(await ready()).toEqual({ status: 200, body: { status: 'ok', database: 'up' } });
    const admin = await connect(`${process.env.TEST_PG_SERVER}/postgres`);
    const name = admin.escapeIdentifier(t.db.name);
    try {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> $2', [t.db.name, sparedPid]);
      await sleep(200);
      const down = await ready();
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({ status: 'unavailable', database: 'down', reason: expect.any(String) });
      expect(String(down.body.reason)).toMatch(/not accepting connections|terminated/);
      const query = await t.gql(SCHOOLS, {}, token);
      expect(query.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    const started = Date.now();
    let up = await ready();
    while (up.status !== 200 && Date.now() - started < 5000) {
      await sleep(100);
      up = await ready();
    }
    expect(up).toEqual({ status: 200, body: { status: 'ok', database: 'up' } });
    expect((await t.gql(SCHOOLS, {}, token)).errors).toBeUndefined();
  });
});
