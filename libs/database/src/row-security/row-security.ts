import { DataSource } from 'typeorm';
import { currentDatabaseAccess, DatabaseAccess, SYSTEM } from './database-context';

/** The role request handling acts as: owns nothing, has no BYPASSRLS (created by the RowLevelSecurity migration). */
export const APP_ROLE = 'safeguard_app';

type Release = (error?: unknown) => void;
interface PoolClient {
  query(sql: string, params?: unknown[]): Promise<unknown>;
  on(event: 'error', listener: (error: Error) => void): unknown;
  removeListener(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * Runs one statement while neither TypeORM nor the pool listens for the client's errors (before
 * TypeORM takes the client, after it lets go): a connection killed meanwhile must fail the
 * statement, not crash the process with an unhandled 'error' event.
 */
async function guarded(client: PoolClient, sql: string, params?: unknown[]): Promise<void> {
  let failure: Error | undefined;
  const onError = (error: Error) => (failure = error);
  client.on('error', onError);
  try {
    await client.query(sql, params);
    if (failure) throw failure;
  } finally {
    client.removeListener('error', onError);
  }
}
interface PostgresDriverLike {
  obtainMasterConnection(): Promise<[PoolClient, Release]>;
}

/**
 * One statement per acquired connection: the role and every setting the policies read, at
 * session level so that every query on the connection, in a transaction or not, sees them.
 * 'none' as the role returns to the connecting (owner) user.
 */
export const ROW_SECURITY_APPLY = `SELECT set_config('role', $1, false), set_config('app.system', $2, false),
  set_config('app.user_id', $3, false), set_config('app.school_ids', $4, false),
  set_config('app.school_area_ids', $5, false), set_config('app.local_authority_ids', $6, false),
  set_config('app.roles', $7, false)`;

/** Back to the owner with nothing visible, before the connection returns to the pool. */
export const ROW_SECURITY_RESET = `SELECT set_config('role', 'none', false), set_config('app.system', '', false),
  set_config('app.user_id', '', false), set_config('app.school_ids', '', false),
  set_config('app.school_area_ids', '', false), set_config('app.local_authority_ids', '', false),
  set_config('app.roles', '', false)`;

export function settingsOf(access: DatabaseAccess | undefined): string[] {
  if (access === SYSTEM) return ['none', 'on', '', '', '', '', ''];
  // No context at all (a path that lost its request, or a public operation): the app role, no one.
  if (!access) return [APP_ROLE, '', '', '', '', '', ''];
  return [
    APP_ROLE,
    '',
    access.userId ?? '',
    access.schoolIds.join(','),
    access.schoolAreaIds.join(','),
    access.localAuthorityIds.join(','),
    access.roles.join(','),
  ];
}

/**
 * Makes every connection TypeORM takes from the pool act for the current context's actor
 * (see database-context.ts): one extra round-trip when a query runner acquires a connection,
 * and one, off the caller's path, when it releases it. `fallback` is the access of code that
 * runs outside any context: nobody in the api, the system in the worker and the CLI.
 */
export function enforceRowSecurity(dataSource: DataSource, fallback: DatabaseAccess | undefined): void {
  const driver = dataSource.driver as unknown as PostgresDriverLike;
  const obtain = driver.obtainMasterConnection.bind(driver);
  driver.obtainMasterConnection = async () => {
    // Read before awaiting: the pool's callback may run in another async context.
    const settings = settingsOf(currentDatabaseAccess() ?? fallback);
    const [client, release] = await obtain();
    try {
      await guarded(client, ROW_SECURITY_APPLY, settings);
    } catch (error) {
      release(error);
      throw error;
    }
    const resetThenRelease: Release = (error) => {
      if (error) return release(error);
      guarded(client, ROW_SECURITY_RESET).then(
        () => release(),
        (resetError: unknown) => release(resetError),
      );
    };
    return [client, resetThenRelease];
  };
}
