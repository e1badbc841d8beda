import 'reflect-metadata';
import { AppConfig } from '@safeguard/config';
import { resolveDatabaseUrl } from '@safeguard/database';
import { restoreDatabase } from './backup/database-backup';

const USAGE = 'Usage: npm run restore -- FILE [--into postgres://user@host:5432/new_database]';

/**
 * `npm run restore -- FILE [--into URL]`: restores a backup into a new or empty database, by
 * default the configured one (DATABASE_URL, or the embedded server's). It never overwrites data.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const intoAt = args.indexOf('--into');
  const into = intoAt >= 0 ? args[intoAt + 1] : undefined;
  const file = args.find((arg, i) => !arg.startsWith('--') && (intoAt < 0 || i !== intoAt + 1));
  if (!file || (intoAt >= 0 && !into)) throw new Error(USAGE);
  const url = into ?? (await resolveDatabaseUrl(new AppConfig(process.env)));
  const result = await restoreDatabase(file, url);
  console.log(`Restored ${file} into database "${result.database}" with pg_restore ${result.pgRestore.version} (PostgreSQL ${result.serverVersion})`);
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
