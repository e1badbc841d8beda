import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { AppConfig } from '@safeguard/config';
import { ensureDatabase, serverUrlOf, startEmbeddedPostgres } from '@safeguard/database';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A throw-away database for tools that must not touch real data (schema generation and checks):
 * on DATABASE_URL's server when set, otherwise on the embedded server.
 */
export async function createScratchDatabase(config: AppConfig, prefix: string): Promise<ScratchDatabase> {
  const serverUrl = config.database.DATABASE_URL
    ? serverUrlOf(config.database.DATABASE_URL)
    : (await startEmbeddedPostgres(join(config.app.DATA_DIR, 'pg'), config.database.EMBEDDED_PG_PORT)).serverUrl;
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const url = await ensureDatabase(serverUrl, name);
  return {
    url,
    drop: async () => {
      const client = new Client({ connectionString: `${serverUrl}/postgres` });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
      await client.end();
    },
  };
}
