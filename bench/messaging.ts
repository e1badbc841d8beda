import 'reflect-metadata';
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { totpCodeAt } from '@safeguard/accounts';
import { runAsSystem, serverUrlOf, startEmbeddedPostgres } from '@safeguard/database';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '@safeguard/demo';
import { MESSAGING_RULES } from '@safeguard/messaging';
import { createApiApp } from '../apps/api/src/api.app';
import { adminQuery } from '../test/support/postgres-server';
import { startBaseline } from './messaging-baseline';
import type { ClientsPlan, ClientsResult } from './messaging-clients';

/**
 * Messaging throughput against a bare socket.io + one-INSERT baseline, in one run on one machine.
 * Starts the real api (migrations and demo seed) on a database of its own — on DATABASE_URL's
 * server, else an embedded one — adds headteachers to the demo's heads network, makes CHANNELS
 * channels of USERS_PER_CHANNEL members each, connects every user with socket.io-client (in a child
 * process), lets one user per channel send for BENCH_SECONDS, and does the same against the
 * baseline. Prints one JSON line and drops the database. `npm run bench:messaging`.
 * Exits non-zero only if a message was lost or delivered twice (throughput is a measurement).
 */
const CHANNELS = Number(process.env.BENCH_CHANNELS ?? 20);
const USERS_PER_CHANNEL = Number(process.env.BENCH_USERS_PER_CHANNEL ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WINDOW = Number(process.env.BENCH_WINDOW ?? 1);
const DRAIN_MS = 5000;
const TARGET = { throughputRatio: 0.8, p99Ratio: 2 };

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'safeguard-bench-'));
  // An embedded server runs as the postgres user, which must be able to enter the directory.
  chmodSync(dataDir, 0o755);
  const server = process.env.DATABASE_URL
    ? { serverUrl: serverUrlOf(process.env.DATABASE_URL), stop: async () => undefined }
    : await startEmbeddedPostgres(join(dataDir, 'pg'), await freePort());
  const name = `safeguard_bench_${randomBytes(4).toString('hex')}`;
  await adminQuery(server.serverUrl, `CREATE DATABASE ${name}`);
  const databaseUrl = `${server.serverUrl}/${name}`;
  let app: INestApplication | undefined;
  try {
    Object.assign(process.env, {
      NODE_ENV: 'test', DATABASE_URL: databaseUrl, SEED_DEMO: 'true', LOG_LEVEL: 'error', DATA_DIR: dataDir,
      JWT_SECRET: randomBytes(32).toString('hex'),
      // 200 headteachers sign in from one address: lift the sign-in and change budgets (RATE_LIMITS) for the run.
      RATE_LIMIT_SIGN_IN_PER_ACCOUNT: '100000', RATE_LIMIT_SIGN_IN_PER_ADDRESS: '100000', RATE_LIMIT_MUTATIONS_PER_ACCOUNT: '100000',
    });
    // The per-socket rate limit (20 events/s) would cap 20 senders at 400 messages/s whatever the
    // server could do; lifted here so the benchmark measures the server, not the limit.
    Object.assign(MESSAGING_RULES, { socketEventsPerSecond: 1e9, socketBurst: 1e9 });
    app = await createApiApp();
    await app.listen(0, '127.0.0.1');
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const dataSource = app.get(DataSource);

    const emails = await addHeadteachers(dataSource, CHANNELS * USERS_PER_CHANNEL);
    const tokens = await inBatches(emails, 4, (email) => signIn(url, email, DEMO_PASSWORD));
    const ownerToken = await signIn(url, 'head1@demo.test', DEMO_PASSWORD);
    const [{ id: network }] = await dataSource.query(`SELECT id FROM networks WHERE name = 'East Birmingham heads'`);
    const userIds = new Map<string, string>(
      (await dataSource.query(`SELECT id, email FROM users WHERE email = ANY($1)`, [emails])).map((r: { id: string; email: string }) => [r.email, r.id]),
    );
    const channels: string[] = [];
    for (let c = 0; c < CHANNELS; c++) {
      const members = emails.slice(c * USERS_PER_CHANNEL, (c + 1) * USERS_PER_CHANNEL).map((e) => userIds.get(e)!);
      const created = await gql<{ createChannel: { id: string } }>(
        url, `mutation($input: CreateChannelInput!) { createChannel(input: $input) { id } }`,
        { input: { networkId: network, name: `bench-${c}`, visibility: 'PRIVATE', memberUserIds: members } }, ownerToken,
      );
      channels.push(created.createChannel.id);
    }
    const users = emails.map((_, i) => ({
      token: tokens[i], room: channels[Math.floor(i / USERS_PER_CHANNEL)], sender: i % USERS_PER_CHANNEL === 0,
    }));

    const queries = countQueries();
    let profile: Promise<{ stop(): Promise<unknown> }> | null = null;
    const project = await drive({ shape: 'project', url, users, seconds: SECONDS, window: WINDOW, drainMs: DRAIN_MS }, () => {
      queries.reset();
      if (process.env.BENCH_CPU_PROFILE) profile = startProfile();
    });
    const projectQueries = queries.reset();
    if (profile) writeFileSync(process.env.BENCH_CPU_PROFILE!, JSON.stringify(await (await profile as { stop(): Promise<unknown> }).stop()));
    // Counted as the system: outside a request the api's pool sees nothing (row-level security).
    const [{ n: stored }] = await runAsSystem(() => dataSource.query(`SELECT count(*)::int AS n FROM messages WHERE conversation_id = ANY($1)`, [channels]));

    const baselineServer = await startBaseline(databaseUrl);
    let baseline: ClientsResult;
    let baselineStored: number;
    let baselineQueries: number;
    try {
      baseline = await drive(
        { shape: 'baseline', url: baselineServer.url, users: users.map((u) => ({ ...u, token: null })), seconds: SECONDS, window: WINDOW, drainMs: DRAIN_MS },
        () => queries.reset(),
      );
      baselineQueries = queries.reset();
      baselineStored = await baselineServer.count();
    } finally {
      await baselineServer.close();
    }

    const summary = (r: ClientsResult, storedCount: number, queryCount: number) => ({
      committedPerSec: r.committedPerSec, deliveriesPerSec: r.deliveriesPerSec, p50Ms: r.p50Ms, p99Ms: r.p99Ms,
      // A message acknowledged but missing from the database counts as lost too.
      lost: r.lost + Math.max(0, r.acked - storedCount), duplicates: r.duplicates + Math.max(0, storedCount - r.acked),
      acked: r.acked, refused: r.refused, queriesPerSend: r.acked ? Math.round((queryCount / r.acked) * 10) / 10 : 0,
    });
    const p = summary(project, stored, projectQueries);
    const b = summary(baseline, baselineStored, baselineQueries);
    const throughputRatio = Math.round((p.committedPerSec / b.committedPerSec) * 100) / 100;
    const p99Ratio = Math.round((p.p99Ms / b.p99Ms) * 100) / 100;
    console.log(JSON.stringify({
      project: p, baseline: b, throughputRatio, p99Ratio, target: TARGET,
      met: throughputRatio >= TARGET.throughputRatio && p99Ratio <= TARGET.p99Ratio,
      shape: { users: users.length, channels: CHANNELS, senders: CHANNELS, seconds: SECONDS, window: WINDOW },
    }));
    if (project.firstRefusal || baseline.firstRefusal) console.error('refused:', project.firstRefusal ?? baseline.firstRefusal);
    if (p.lost || p.duplicates || b.lost || b.duplicates || p.refused) process.exitCode = 2;
  } finally {
    await app?.close();
    await adminQuery(server.serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Extra headteachers of the demo's Saltley Park school (head2's account, membership and standing
 * in the heads network, copied row for row with a new e-mail), who sign in with the demo password.
 */
async function addHeadteachers(dataSource: DataSource, count: number): Promise<string[]> {
  const emails = Array.from({ length: count }, (_, i) => `bench${i}@demo.test`);
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `WITH template AS (SELECT * FROM users WHERE email = 'head2@demo.test'),
            added AS (
              INSERT INTO users (email, display_name, password_hash, status, totp_secret, totp_enabled_at)
              SELECT e, 'Bench Head ' || ord, t.password_hash, t.status, t.totp_secret, t.totp_enabled_at
                FROM template t, unnest($1::text[]) WITH ORDINALITY AS x(e, ord)
              RETURNING id),
            memberships_added AS (
              INSERT INTO memberships (user_id, role, school_id, local_authority_id, unqualified, starts_on, ends_on)
              SELECT a.id, m.role, m.school_id, m.local_authority_id, m.unqualified, m.starts_on, m.ends_on
                FROM added a, memberships m JOIN template t ON t.id = m.user_id)
       INSERT INTO network_members (network_id, user_id, role, status, invited_by_id, decided_by_id)
       SELECT nm.network_id, a.id, nm.role, nm.status, nm.invited_by_id, nm.decided_by_id
         FROM added a, network_members nm JOIN template t ON t.id = nm.user_id
         JOIN networks n ON n.id = nm.network_id AND n.name = 'East Birmingham heads'`,
      [emails],
    );
  });
  return emails;
}

/**
 * Signs in through the real mutations: the password, then a code of the demo authenticator (each
 * account signs in once here, so the current step's code is never a replay).
 */
async function signIn(url: string, email: string, password: string): Promise<string> {
  const { login } = await gql<{ login: { challengeToken: string } }>(
    url, 'mutation($input: LoginInput!) { login(input: $input) { challengeToken } }', { input: { email, password } },
  );
  const code = totpCodeAt(DEMO_TOTP_SECRET, Date.now() / 1000);
  const data = await gql<{ verifySignInCode: { accessToken: string } }>(
    url, 'mutation($input: VerifySignInCodeInput!) { verifySignInCode(input: $input) { accessToken } }',
    { input: { challengeToken: login.challengeToken, code } },
  );
  return data.verifySignInCode.accessToken;
}

async function gql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const result = (await response.json()) as { data?: T; errors?: unknown };
  if (result.errors || !result.data) throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return results;
}

/** Runs the simulated users in a child process and returns what they measured; `ready` runs once all have joined. */
function drive(plan: ClientsPlan, ready: () => void): Promise<ClientsResult> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'messaging-clients.ts'), [], { execArgv: ['-r', 'ts-node/register/transpile-only'] });
    child.on('message', (reply: { ready?: boolean; result?: ClientsResult; error?: string }) => {
      if (reply.ready) ready();
      else if (reply.result) resolve(reply.result);
      else reject(new Error(reply.error));
    });
    child.once('exit', (code) => code && reject(new Error(`clients exited with ${code}`)));
    child.send(plan);
  });
}

/**
 * Counts every statement this process sends to PostgreSQL (the api's and the baseline's); with
 * BENCH_QUERIES=1 each phase's statements, by their first words, go to stderr.
 */
function countQueries(): { reset(): number } {
  let count = 0;
  const byText = new Map<string, number>();
  const original = Client.prototype.query;
  Client.prototype.query = function (this: Client, ...args: unknown[]) {
    count += 1;
    if (process.env.BENCH_QUERIES) {
      const first = args[0];
      const text = typeof first === 'string' ? first : ((first as { text?: string })?.text ?? '?');
      const key = text.replace(/\s+/g, ' ').trim().slice(0, 90);
      byText.set(key, (byText.get(key) ?? 0) + 1);
    }
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  return {
    reset: () => {
      const seen = count;
      if (byText.size) console.error([...byText].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([t, n]) => `${n}\t${t}`).join('\n'));
      count = 0;
      byText.clear();
      return seen;
    },
  };
}

/** A CPU profile of this process (the api) while the project's clients run (BENCH_CPU_PROFILE=file.cpuprofile). */
async function startProfile(): Promise<{ stop(): Promise<unknown> }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return { stop: async () => (await session.post('Profiler.stop')).profile };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
