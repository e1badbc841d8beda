import { join } from 'node:path';
import { AppConfig } from '@safeguard/config';
import { ensureDatabase, startEmbeddedPostgres } from './embedded-postgres';

export const EMBEDDED_DATABASE_NAME = 'safeguard';

/**
 * The PostgreSQL the process should use: DATABASE_URL when set, otherwise an embedded server
 * under DATA_DIR, started on demand so that a newcomer needs no database server.
 */
export async function resolveDatabaseUrl(config: AppConfig): Promise<string> {
  if (config.database.DATABASE_URL) {
    return config.database.DATABASE_URL;
  }
  if (config.isProduction) {
    throw new Error('DATABASE_URL is required when NODE_ENV=production');
  }
  const cluster = await startEmbeddedPostgres(join(config.app.DATA_DIR, 'pg'), config.database.EMBEDDED_PG_PORT);
  return ensureDatabase(cluster.serverUrl, EMBEDDED_DATABASE_NAME);
}
