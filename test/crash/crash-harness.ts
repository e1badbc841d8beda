import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { verifyAuditChain } from '../../libs/audit/src/audit-verifier';
import { AppConfig } from '../../libs/config/src/app-config';
import { SIGN_IN_RULES } from '../../libs/accounts/src/sign-in.rules';
import { totpCodeAt, totpStepAt } from '../../libs/accounts/src/totp';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../libs/demo/src/demo-accounts';
import { createCrashDatabase } from './crash-database';
import { ApiProcess, buildApi, freePort } from './api-process';
import { CRASH_WRITES, CrashWrite, newMarker, Session } from './crash-writes';

// Writers per capability: enough to have several transactions open when the kill lands.
const WRITERS_PER_CAPABILITY = 2;
// The kill lands at a random moment in this window once every capability has had a write
// acknowledged (a freshly started api answers its first requests slowly), or after WARM_UP_LIMIT_MS.
const KILL_AFTER_MS = { min: 200, max: 1500 };
const WARM_UP_LIMIT_MS = 15000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Attempt {
  write: CrashWrite;
  marker: string;
  acknowledged: boolean;
}

/**
 * A code of the demo authenticator this account has not used: each code works once, and the
 * harness signs the same accounts in after every restart, often within one 30-second step.
 */
async function unusedCode(db: Client, email: string): Promise<string> {
  const { totpPeriodSeconds: period, totpWindowSteps: window } = SIGN_IN_RULES;
  const { rows } = await db.query<{ last: number | null }>('SELECT totp_last_step AS last FROM users WHERE email = $1', [email]);
  for (;;) {
    const now = Date.now() / 1000;
    const step = Math.max(totpStepAt(now + 2) - window, (rows[0]?.last ?? -1) + 1);
    if (step <= totpStepAt(now) + window) return totpCodeAt(DEMO_TOTP_SECRET, step * period);
    await sleep(((step - window) * period - now) * 1000 + 100);
  }
}

/** Both steps of signing in, the second with the demo authenticator. */
async function login(url: string, db: Client, email: string): Promise<string> {
  const call = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown };
    if (!body.data) throw new Error(`login ${email} failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const { login: challenge } = await call<{ login: { challengeToken: string } }>(
    'mutation($input: LoginInput!) { login(input: $input) { challengeToken } }', { input: { email, password: DEMO_PASSWORD } },
  );
  const { verifySignInCode } = await call<{ verifySignInCode: { accessToken: string } }>(
    'mutation($input: VerifySignInCodeInput!) { verifySignInCode(input: $input) { accessToken } }',
    { input: { challengeToken: challenge.challengeToken, code: await unusedCode(db, email) } },
  );
  return verifySignInCode.accessToken;
}

async function openSession(url: string, db: Client): Promise<Session> {
  const tokens = { head: await login(url, db, 'head1@demo.test'), dsl: await login(url, db, 'dsl1@demo.test'), officer: await login(url, db, 'officer@demo.test') };
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM networks WHERE name = 'East Birmingham heads'`);
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.head}` },
    body: JSON.stringify({
      query: 'mutation($input: CreateChannelInput!) { createChannel(input: $input) { id } }',
      variables: { input: { networkId: rows[0].id, name: `crash-${randomBytes(3).toString('hex')}`, visibility: 'PUBLIC' } },
    }),
  });
  const body = (await response.json()) as { data?: { createChannel: { id: string } }; errors?: unknown };
  if (!body.data) throw new Error(`createChannel failed: ${JSON.stringify(body.errors)}`);
  return { url, tokens, conversationId: body.data.createChannel.id };
}

/** Sends writes until the api stops answering; every write is recorded, with whether it was acknowledged. */
async function writeUntilKilled(session: Session, api: ApiProcess, attempts: Attempt[]): Promise<void> {
  let killed = false;
  const warmed = new Set<CrashWrite>();
  const killer = (async () => {
    const started = Date.now();
    while (warmed.size < CRASH_WRITES.length && Date.now() - started < WARM_UP_LIMIT_MS) await sleep(50);
    await sleep(KILL_AFTER_MS.min + Math.random() * (KILL_AFTER_MS.max - KILL_AFTER_MS.min));
    killed = true;
    await api.kill();
  })();
  const writer = async (write: CrashWrite) => {
    while (!killed) {
      const attempt: Attempt = { write, marker: newMarker(), acknowledged: false };
      attempts.push(attempt);
      try {
        attempt.acknowledged = await write.send(session, attempt.marker);
        if (attempt.acknowledged) warmed.add(write);
      } catch {
        return; // the connection died with the api: this write is unacknowledged
      }
    }
  };
  await Promise.all([killer, ...CRASH_WRITES.flatMap((write) => Array.from({ length: WRITERS_PER_CAPABILITY }, () => writer(write)))]);
}

async function main(): Promise<void> {
  const iterations = Number(process.env.CRASH_ITERATIONS ?? 3);
  if (!Number.isInteger(iterations) || iterations < 1) throw new Error('CRASH_ITERATIONS must be a whole number of at least 1');
  const started = Date.now();
  const config = new AppConfig(process.env);
  const [scratch] = await Promise.all([createCrashDatabase(config), buildApi()]);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const api = new ApiProcess(url, {
    NODE_ENV: 'test', DATABASE_URL: scratch.url, PORT: String(port), JWT_SECRET: randomBytes(32).toString('hex'),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'safeguard-crash-')), SEED_DEMO: 'true', LOG_LEVEL: 'error',
    // Writers send as fast as the api answers: the change budget (RATE_LIMITS) would refuse most of them.
    RATE_LIMIT_SIGN_IN_PER_ACCOUNT: '100000', RATE_LIMIT_SIGN_IN_PER_ADDRESS: '100000', RATE_LIMIT_MUTATIONS_PER_ACCOUNT: '100000',
  });
  const db = new Client({ connectionString: scratch.url });
  const attempts: Attempt[] = [];
  const restartsMs: number[] = [];
  try {
    await api.start();
    await db.connect();
    const session = await openSession(url, db);
    for (let i = 0; i < iterations; i++) {
      await writeUntilKilled(session, api, attempts);
      restartsMs.push(await api.start());
    }
    await api.kill();

    let found = 0;
    let duplicates = 0;
    let unacknowledgedStored = 0;
    const lost: string[] = [];
    for (const write of CRASH_WRITES) {
      const mine = attempts.filter((a) => a.write === write);
      const counts = await write.count(db, mine.map((a) => a.marker));
      for (const attempt of mine) {
        const n = counts.get(attempt.marker) ?? 0;
        if (n > 1) duplicates += n - 1;
        if (attempt.acknowledged && n >= 1) found++;
        if (attempt.acknowledged && n === 0) lost.push(`${write.capability} ${attempt.marker}`);
        if (!attempt.acknowledged && n >= 1) unacknowledgedStored++;
      }
    }
    let partial = 0;
    for (const write of CRASH_WRITES) partial += await write.partial(db, session);
    const audit = await new DataSource({ type: 'postgres', url: scratch.url }).initialize();
    const chain = await verifyAuditChain(audit).finally(() => audit.destroy());

    const acknowledged = attempts.filter((a) => a.acknowledged).length;
    const summary = {
      iterations,
      attempted: attempts.length,
      acknowledged,
      found,
      lost: lost.length,
      duplicates,
      partial,
      unacknowledgedStored,
      byCapability: Object.fromEntries(CRASH_WRITES.map((w) => [w.capability, attempts.filter((a) => a.write === w && a.acknowledged).length])),
      auditChain: chain.firstBroken ? `broken at ${chain.firstBroken.id}` : `intact (${chain.rowsChecked} rows)`,
      restartMs: restartsMs,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    console.log(JSON.stringify(summary, null, 2));
    if (lost.length) console.error(`Lost acknowledged writes:\n${lost.join('\n')}`);
    const failed = lost.length > 0 || duplicates > 0 || partial > 0 || chain.firstBroken !== null || acknowledged === 0;
    process.exitCode = failed ? 1 : 0;
  } finally {
    await api.kill();
    await db.end().catch(() => undefined);
    await scratch.drop();
  }
}

main()
  .then(() => process.exit(process.exitCode ?? 0))
  .catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
