import { spawn } from 'node:child_process';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Client } from 'pg';
import { PgToolBinary, requirePgTool } from './pg-tools';

export interface BackupResult {
  file: string;
  bytes: number;
  pgDump: PgToolBinary;
  serverVersion: string;
}

export interface RestoreResult {
  database: string;
  pgRestore: PgToolBinary;
  serverVersion: string;
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function serverVersion(client: Client): Promise<{ major: number; version: string }> {
  const { rows } = await client.query<{ num: string; version: string }>(
    "SELECT current_setting('server_version_num') AS num, current_setting('server_version') AS version",
  );
  return { major: Math.floor(Number(rows[0].num) / 10000), version: rows[0].version };
}

/** The URL without its password, which goes in PGPASSWORD so that it never shows in `ps`. */
function connectionFor(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

function run(binary: PgToolBinary, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(binary.path, args, { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolvePromise() : reject(new Error(`${binary.path} failed (${signal ?? `exit ${code}`}): ${stderr.trim()}`)),
    );
  });
}

/** PostgreSQL's own custom-format dump of the whole database (schema, data, pg-boss's jobs). */
export async function backupDatabase(url: string, file: string): Promise<BackupResult> {
  const server = await withClient(url, serverVersion);
  const pgDump = requirePgTool('pg_dump', server.major);
  const target = resolve(file);
  await mkdir(dirname(target), { recursive: true });
  const { dbname, env } = connectionFor(url);
  await run(pgDump, ['--format=custom', '--no-password', `--file=${target}`, `--dbname=${dbname}`], env);
  return { file: target, bytes: (await stat(target)).size, pgDump, serverVersion: server.version };
}

/** Creates the database when missing, and refuses one that already holds tables: a restore never merges. */
async function prepareEmptyDatabase(url: string): Promise<void> {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!name) throw new Error('The restore target URL must name a database');
  parsed.pathname = '/postgres';
  await withClient(parsed.toString(), async (admin) => {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  });
  const relations = await withClient(url, async (client) => {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
        WHERE s.nspname NOT IN ('pg_catalog', 'information_schema') AND s.nspname NOT LIKE 'pg\\_toast%' AND s.nspname NOT LIKE 'pg\\_temp%'`,
    );
    return rows[0].n;
  });
  if (relations > 0) {
    throw new Error(`Database "${name}" is not empty (${relations} relations); restore only into a new or empty database`);
  }
}

/** Restores a `backupDatabase` file into a new or empty database, all or nothing. */
export async function restoreDatabase(file: string, url: string): Promise<RestoreResult> {
  await stat(file);
  await prepareEmptyDatabase(url);
  const server = await withClient(url, serverVersion);
  const pgRestore = requirePgTool('pg_restore', server.major);
  const { dbname, env } = connectionFor(url);
  await run(pgRestore, ['--no-password', '--exit-on-error', '--single-transaction', `--dbname=${dbname}`, resolve(file)], env);
  return { database: new URL(url).pathname.slice(1), pgRestore, serverVersion: server.version };
}
