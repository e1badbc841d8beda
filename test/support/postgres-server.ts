import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { serverUrlOf, startEmbeddedPostgres } from '../../libs/database/src/embedded-postgres';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** The server tests use: DATABASE_URL's when set, else a fresh embedded one for this run. */
export async function startTestServer(): Promise<{ serverUrl: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) {
    return { serverUrl: serverUrlOf(process.env.DATABASE_URL), stop: async () => undefined };
  }
  const dir = mkdtempSync(join(tmpdir(), 'safeguard-test-pg-'));
  // The server runs as the postgres user, which must be able to enter the directory.
  chmodSync(dir, 0o755);
  const cluster = await startEmbeddedPostgres(join(dir, 'data'), await freePort());
  return cluster;
}

export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
