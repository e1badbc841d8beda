import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { totpCodeAt } from '@safeguard/accounts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '@safeguard/demo';
import { ChatClient } from '../support/chat-client';
import { createTestDatabase, TestDatabase } from '../support/test-database';

const ROOT = join(__dirname, '..', '..');

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** The api as its own process (killable with SIGKILL), on the test's database. */
function startApi(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'], {
    cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function ready(url: string, timeoutMs = 90000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      if ((await fetch(`${url}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeoutMs) throw new Error('api did not become ready');
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function gql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: unknown[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: unknown[] };
}

const SEND = 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { duplicate message { id sequence } } }';

describe('Messaging survives SIGKILL in the middle of a burst of sends', () => {
  let db: TestDatabase;
  let api: ChildProcess | undefined;
  let client: ChatClient | undefined;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    client?.close();
    api?.kill('SIGKILL');
    await db.drop();
  });

  it('keeps every acknowledged message, stores each unacknowledged one at most once, and retries make no duplicate', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = {
      NODE_ENV: 'test', DATABASE_URL: db.url, PORT: String(port), JWT_SECRET: randomBytes(32).toString('hex'),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'safeguard-crash-')), SEED_DEMO: 'true', LOG_LEVEL: 'error',
      // The client retries hundreds of sends at once after the restart: more than the change budget allows.
      RATE_LIMIT_SIGN_IN_PER_ACCOUNT: '100000', RATE_LIMIT_MUTATIONS_PER_ACCOUNT: '100000',
    };
    api = startApi(env);
    await ready(url);
    const login = await gql<{ login: { challengeToken: string } }>(url, 'mutation($input: LoginInput!) { login(input: $input) { challengeToken } }', {
      input: { email: 'head1@demo.test', password: DEMO_PASSWORD },
    });
    // The second step with the demo authenticator; this api's database is fresh, so no code was used yet.
    const signedIn = await gql<{ verifySignInCode: { accessToken: string } }>(
      url,
      'mutation($input: VerifySignInCodeInput!) { verifySignInCode(input: $input) { accessToken } }',
      { input: { challengeToken: login.data!.login.challengeToken, code: totpCodeAt(DEMO_TOTP_SECRET, Date.now() / 1000) } },
    );
    const token = signedIn.data!.verifySignInCode.accessToken;
    const [{ id: network }] = await db.query<{ id: string }>(`SELECT id FROM networks WHERE name = 'East Birmingham heads'`);
    const channel = await gql<{ createChannel: { id: string } }>(url, 'mutation($input: CreateChannelInput!) { createChannel(input: $input) { id } }', {
      input: { networkId: network, name: 'crash-burst', visibility: 'PUBLIC' },
    }, token);
    const conversationId = channel.data!.createChannel.id;

    // A burst of sends, ten in flight at a time; the api is killed part-way through.
    client = new ChatClient(url, token, { autoRejoin: false });
    await client.connected();
    client.socket.io.opts.reconnection = false;
    const clientIds = Array.from({ length: 400 }, () => randomUUID());
    const acked = new Set<string>();
    let next = 0;
    const sender = async () => {
      while (next < clientIds.length) {
        const clientId = clientIds[next++];
        for (;;) {
          let ack: { ok: boolean; error?: { reason?: string } };
          try {
            ack = await client!.socket.timeout(3000).emitWithAck('message.send', { conversationId, clientId, body: `burst ${clientId}` });
          } catch {
            return; // the connection died: the rest are unacknowledged
          }
          if (ack.ok) acked.add(clientId);
          // A well-behaved client backs off when the socket's rate limit refuses it, and retries the same message.
          if (ack.ok || ack.error?.reason !== 'RATE_LIMITED') break;
          await new Promise((r) => setTimeout(r, 100));
        }
        if (acked.size >= 60 && api!.exitCode === null && !api!.killed) api!.kill('SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: 10 }, sender));
    await new Promise<void>((resolve) => (api!.exitCode !== null || api!.signalCode ? resolve() : api!.once('exit', () => resolve())));
    expect(acked.size).toBeGreaterThanOrEqual(60);
    expect(acked.size).toBeLessThan(clientIds.length);

    // Every acknowledged message is there exactly once; nothing else is there more than once.
    const stored = async () => db.query<{ client_id: string; n: number }>(
      'SELECT client_id, count(*)::int AS n FROM messages WHERE conversation_id = $1 GROUP BY client_id', [conversationId],
    );
    const afterCrash = new Map((await stored()).map((r) => [r.client_id, r.n]));
    for (const id of acked) expect(afterCrash.get(id)).toBe(1);
    expect([...afterCrash.values()].every((n) => n === 1)).toBe(true);

    // Restart; the client retries everything it was not told about (and a few it was).
    api = startApi(env);
    await ready(url);
    const retries = [...clientIds.filter((id) => !acked.has(id)), ...[...acked].slice(0, 10)];
    for (const clientId of retries) {
      const result = await gql<{ sendMessage: { duplicate: boolean } }>(url, SEND, { input: { conversationId, clientId, body: `burst ${clientId}` } }, token);
      expect(result.errors).toBeUndefined();
      expect(result.data!.sendMessage.duplicate).toBe(acked.has(clientId) || afterCrash.has(clientId));
    }
    const final = await stored();
    expect(final.length).toBe(clientIds.length);
    expect(final.every((r) => r.n === 1)).toBe(true);
    // And the numbering has no gaps: 1..400 for messages, and a gapless event log.
    const sequences = await db.query<{ sequence: string }>('SELECT sequence FROM messages WHERE conversation_id = $1 ORDER BY sequence', [conversationId]);
    expect(sequences.map((r) => Number(r.sequence))).toEqual(Array.from({ length: clientIds.length }, (_, i) => i + 1));
    const events = await db.query<{ sequence: string }>('SELECT sequence FROM conversation_events WHERE conversation_id = $1 ORDER BY sequence', [conversationId]);
    expect(events.map((r) => Number(r.sequence))).toEqual(Array.from({ length: events.length }, (_, i) => i + 1));
  }, 420000);
});
