import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface TestDatabase {
  url: string;
  name: string;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

/** A fresh copy of the migrated template: each test file gets a clean schema. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_PG_SERVER!;
  const template = process.env.TEST_PG_TEMPLATE!;
  const name = `${template}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  const url = `${serverUrl}/${name}`;
  // Past the row-level security wall as the worker is, also when the server's user is not a superuser.
  const client = new Client({ connectionString: url, options: '-c app.system=on' });
  await client.connect();
  return {
    url,
    name,
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
    drop: async () => {
      await client.end();
      const dropper = new Client({ connectionString: `${serverUrl}/postgres` });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
