import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
// Direct file imports, not the libraries' index files: those load Nest and every migration, which
// ts-node would transpile before the harness could start.
import { AppConfig } from '../../libs/config/src/app-config';
import { ensureDatabase, serverUrlOf, startEmbeddedPostgres } from '../../libs/database/src/embedded-postgres';

export interface CrashDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A database of its own for the run: on DATABASE_URL's server when set, otherwise on the embedded one. */
export async function createCrashDatabase(config: AppConfig): Promise<CrashDatabase> {
  const serverUrl = config.database.DATABASE_URL
    ? serverUrlOf(config.database.DATABASE_URL)
    : (await startEmbeddedPostgres(join(config.app.DATA_DIR, 'pg'), config.database.EMBEDDED_PG_PORT)).serverUrl;
  const name = `safeguard_crash_${randomBytes(4).toString('hex')}`;
  const url = await ensureDatabase(serverUrl, name);
  return {
    url,
    drop: async () => {
      const admin = new Client({ connectionString: `${serverUrl}/postgres` });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
      await admin.end();
    },
  };
}
