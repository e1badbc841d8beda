import 'reflect-metadata';
import { join } from 'node:path';
import { AppConfig } from '@safeguard/config';
import { resolveDatabaseUrl } from '@safeguard/database';
import { backupDatabase } from './backup/database-backup';

/** `npm run backup [-- FILE]`: pg_dump's custom format, by default to DATA_DIR/backups/safeguard-<time>.dump. */
async function main(): Promise<void> {
  const config = new AppConfig(process.env);
  const url = await resolveDatabaseUrl(config);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = process.argv[2] ?? join(config.app.DATA_DIR, 'backups', `safeguard-${stamp}.dump`);
  const result = await backupDatabase(url, file);
  console.log(
    `Backed up to ${result.file} (${result.bytes} bytes) with pg_dump ${result.pgDump.version} from PostgreSQL ${result.serverVersion}`,
  );
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
