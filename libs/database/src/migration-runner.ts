import { DataSource } from 'typeorm';

// Any fixed number works; it only has to be the same in every process that migrates this database.
const MIGRATION_LOCK = 7_243_001;

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so that several api and worker
 * instances starting together migrate once and the others wait for it.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
