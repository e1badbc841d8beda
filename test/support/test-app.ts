import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createApiApp } from '../../apps/api/src/api.app';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { DEMO_PASSWORD } from '@safeguard/demo';
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
  login(email: string, password?: string): Promise<string>;
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

  return {
    app,
    url,
    db,
    gql,
    async login(email, password = DEMO_PASSWORD) {
      const result = await gql<{ login: { accessToken: string } }>(
        'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
        { input: { email, password } },
      );
      if (!result.data?.login) throw new Error(`login ${email} failed: ${JSON.stringify(result.errors)}`);
      return result.data.login.accessToken;
    },
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
