import 'reflect-metadata';
import { DataSource, getMetadataArgsStorage } from 'typeorm';
import { AppConfig } from '@safeguard/config';
import { resolveDatabaseUrl, SnakeNamingStrategy } from '@safeguard/database';
import { installFieldKeyring, keyringFromConfig, rotateFieldKeys } from '@safeguard/encryption';
// Importing the domains declares their entities (and those they relate to), encrypted columns among them.
import '@safeguard/concerns';
import '@safeguard/governance';
import '@safeguard/pressure';
import '@safeguard/register';

/**
 * `npm run keys:rotate`: re-encrypts every encrypted column under the first key of
 * FIELD_ENCRYPTION_KEYS, and encrypts plain values left from before encryption. Safe to run while
 * the application runs, to stop, and to run again; prints JSON counts. `--batch=N` (default 500).
 */
async function main(): Promise<void> {
  const config = new AppConfig(process.env);
  const keyring = keyringFromConfig(config);
  installFieldKeyring(keyring);
  const batch = process.argv.find((a) => a.startsWith('--batch='));
  const dataSource = await new DataSource({
    type: 'postgres',
    url: await resolveDatabaseUrl(config),
    entities: getMetadataArgsStorage().tables.map((t) => t.target),
    namingStrategy: new SnakeNamingStrategy(),
    logging: ['error'],
    // Past the row-level security wall, as the worker is, also when the owner is not a superuser.
    extra: { options: '-c app.system=on' },
  }).initialize();
  try {
    const report = await rotateFieldKeys(dataSource, keyring, { batchSize: batch ? Number(batch.slice('--batch='.length)) : undefined });
    console.log(JSON.stringify(report, null, 2));
    if (report.remaining > 0) process.exitCode = 2;
  } finally {
    await dataSource.destroy();
  }
}

main()
  .then(() => process.exit(process.exitCode ?? 0))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
