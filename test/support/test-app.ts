import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createApiApp } from '../../apps/api/src/api.app';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { SIGN_IN_RULES, totpCodeAt, totpStepAt } from '@safeguard/accounts';
import { AppConfig } from '@safeguard/config';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '@safeguard/demo';
import { createTestDatabase, TestDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; reason?: string; field?: string } }>;
}

export interface TestApp {
  app: INestApplication;
  url: string;
  db: TestDatabase;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /**
   * An access token for the account, signing in with both steps (password, then a code from the
   * demo authenticator secret). The session is kept per e-mail while it is in force, since a code
   * works once per 30-second step: a second call returns the same token.
   */
  login(email: string, password?: string): Promise<string>;
  /** A new session every time (waiting for the next TOTP step when this account used its codes). */
  loginFresh(email: string, password?: string): Promise<string>;
  /** A code from the authenticator with this secret that the account has not used yet (waits if need be). */
  nextTotpCode(email: string, secret?: string): Promise<string>;
  startWorker(): Promise<INestApplicationContext>;
  close(): Promise<void>;
}

/** Configuration every test app shares; each file gets its own database and secrets. */
function testEnvironment(databaseUrl: string, overrides: Record<string, string>): void {
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'safeguard-test-data-')),
    SEED_DEMO: 'true',
    LOG_LEVEL: 'error',
    PORT: '0',
    // Generous limits so that tests signing in and changing things often are not refused;
    // rate-limits.e2e-spec.ts sets tight ones. Instances on one database share counters (Redis).
    RATE_LIMIT_SIGN_IN_PER_ACCOUNT: '100000',
    RATE_LIMIT_SIGN_IN_PER_ADDRESS: '100000',
    RATE_LIMIT_MUTATIONS_PER_ACCOUNT: '100000',
    RATE_LIMIT_KEY_PREFIX: `safeguard-test:${databaseUrl.split('/').pop()}:`,
    // Instances on one test database share a stream; other test files' apps do not read it.
    SOCKET_STREAM_NAME: `safeguard-test:${databaseUrl.split('/').pop()}:socket.io`,
    ...overrides,
  });
}

/**
 * The real api on a real PostgreSQL database of its own, listening on a free port. Given another
 * app's database, it starts a second instance on it (scale-out tests); only the owner drops it.
 */
export async function startTestApp(overrides: Record<string, string> = {}, shared?: TestDatabase): Promise<TestApp> {
  const db = shared ?? (await createTestDatabase());
  // A second instance of one deployment shares its data directory, and so its generated field key.
  testEnvironment(db.url, shared ? { DATA_DIR: process.env.DATA_DIR!, ...overrides } : overrides);
  const app = await createApiApp();
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const workers: INestApplicationContext[] = [];

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) } as GraphQLResponse<T>;
  };

  const sessions = new Map<string, string>();
  const idleSeconds = app.get(AppConfig).auth.SESSION_IDLE_TIMEOUT_SECONDS;

  /** Whether a cached access token's session will still be accepted for a while. */
  const inForce = async (token: string) => {
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sid: string; exp: number };
    if (claims.exp * 1000 < Date.now() + 30_000) return false;
    const [row] = await db.query<{ ok: boolean }>(
      `SELECT (revoked_at IS NULL AND expires_at > now() + interval '5 seconds'
               AND last_used_at > now() - make_interval(secs => $2::double precision) + interval '2 seconds') AS ok
         FROM auth_sessions WHERE id = $1`,
      [claims.sid, idleSeconds],
    );
    return Boolean(row?.ok);
  };

  /**
   * The earliest step the server accepts (now ± the window) after the account's last accepted one;
   * waits for the clock when every step in the window was used.
   */
  const nextTotpCode = async (email: string, secret = DEMO_TOTP_SECRET) => {
    const { totpPeriodSeconds: period, totpWindowSteps: window } = SIGN_IN_RULES;
    const [row] = await db.query<{ last: number | null }>('SELECT totp_last_step AS last FROM users WHERE email = $1', [email.toLowerCase()]);
    const after = row?.last ?? -1;
    for (;;) {
      // Two seconds of margin, so the step does not slip out of the window before the server checks.
      const now = Date.now() / 1000;
      const step = Math.max(totpStepAt(now + 2) - window, after + 1);
      if (step <= totpStepAt(now) + window) return totpCodeAt(secret, step * period);
      await new Promise((resolve) => setTimeout(resolve, ((step - window) * period - now) * 1000 + 100));
    }
  };

  const loginFresh = async (email: string, password = DEMO_PASSWORD) => {
    const first = await gql<{ login: { challengeToken: string } }>(
      'mutation($input: LoginInput!) { login(input: $input) { challengeToken } }',
      { input: { email, password } },
    );
    if (!first.data?.login) throw new Error(`login ${email} failed: ${JSON.stringify(first.errors)}`);
    const second = await gql<{ verifySignInCode: { accessToken: string } }>(
      'mutation($input: VerifySignInCodeInput!) { verifySignInCode(input: $input) { accessToken } }',
      { input: { challengeToken: first.data.login.challengeToken, code: await nextTotpCode(email) } },
    );
    if (!second.data?.verifySignInCode) throw new Error(`sign-in code for ${email} refused: ${JSON.stringify(second.errors)}`);
    sessions.set(email.toLowerCase(), second.data.verifySignInCode.accessToken);
    return second.data.verifySignInCode.accessToken;
  };

  return {
    app,
    url,
    db,
    gql,
    login: async (email, password = DEMO_PASSWORD) => {
      const cached = sessions.get(email.toLowerCase());
      if (cached && (await inForce(cached))) return cached;
      return loginFresh(email, password);
    },
    loginFresh,
    nextTotpCode,
    async startWorker() {
      const worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
      await worker.init();
      workers.push(worker);
      return worker;
    },
    async close() {
      for (const worker of workers) await worker.close();
      await app.close();
      if (!shared) await db.drop();
    },
  };
}
