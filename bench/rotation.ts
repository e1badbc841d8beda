import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { londonToday } from '@safeguard/calendar';
import { AppConfig } from '@safeguard/config';
import { runAsSystem, serverUrlOf, startEmbeddedPostgres } from '@safeguard/database';
import { encryptedColumns, installFieldKeyring, keyringFromConfig, rotateFieldKeys, RotationReport } from '@safeguard/encryption';
import { createApiApp } from '../apps/api/src/api.app';
import { adminQuery } from '../test/support/postgres-server';
import { seedAuthority } from './seed-authority';

/**
 * How fast `keys:rotate` goes on a Birmingham-sized authority. Seeds one authority in bulk SQL
 * (its narratives in the clear, as a database from before encryption holds them), then times three
 * runs: encrypting the plain text under k1, re-encrypting everything under a new k2, and a rerun
 * that finds nothing to do. Prints one JSON line. `npm run bench:rotation` (DATABASE_URL's server,
 * else an embedded one; `--batch=N`, default 500).
 */
async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'safeguard-bench-'));
  chmodSync(dataDir, 0o755);
  const server = process.env.DATABASE_URL
    ? { serverUrl: serverUrlOf(process.env.DATABASE_URL), stop: async () => undefined }
    : await startEmbeddedPostgres(join(dataDir, 'pg'), await freePort());
  const name = `safeguard_bench_${randomBytes(4).toString('hex')}`;
  await adminQuery(server.serverUrl, `CREATE DATABASE ${name}`);
  const batch = process.argv.find((a) => a.startsWith('--batch='));
  const batchSize = batch ? Number(batch.slice('--batch='.length)) : 500;
  let app: INestApplication | undefined;
  try {
    Object.assign(process.env, {
      NODE_ENV: 'test', DATABASE_URL: `${server.serverUrl}/${name}`, SEED_DEMO: 'false', LOG_LEVEL: 'error', DATA_DIR: dataDir,
      JWT_SECRET: randomBytes(32).toString('hex'),
    });
    const started = await createApiApp();
    app = started;
    await started.init();
    // Seeding and measuring play the worker's part: past the row-level security wall, as the system.
    await runAsSystem(async () => {
      const dataSource = started.get(DataSource);
      const [{ id: la }] = await dataSource.query(`INSERT INTO local_authorities (code, name) VALUES ('330', 'Birmingham') RETURNING id`);
      await dataSource.transaction((manager) => seedAuthority(manager, la, londonToday()));
      const values = await countValues(dataSource);

      const run = async (label: string, config: AppConfig) => {
        const keyring = keyringFromConfig(config);
        installFieldKeyring(keyring);
        const report: RotationReport = await rotateFieldKeys(dataSource, keyring, { batchSize });
        const rows = report.tables.reduce((n, x) => n + x.rows, 0);
        return {
          [label]: {
            values: report.encrypted + report.reencrypted, rows, seconds: round(report.seconds),
            valuesPerSecond: Math.round((report.encrypted + report.reencrypted) / report.seconds),
            rowsPerSecond: Math.round(rows / report.seconds), remaining: report.remaining,
          },
        };
      };
      const k1 = new AppConfig(process.env);
      const k2 = new AppConfig({ ...process.env, FIELD_ENCRYPTION_KEYS: `k2:${randomBytes(32).toString('base64')}` });
      console.log(JSON.stringify({
        batchSize, encryptedColumns: encryptedColumns(dataSource).length, values,
        ...(await run('encryptPlain', k1)), ...(await run('rotateToNewKey', k2)), ...(await run('rerun', k2)),
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      }));
    });
  } finally {
    await app?.close();
    await adminQuery(server.serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Non-null values in every encrypted column. */
async function countValues(dataSource: DataSource): Promise<number> {
  let total = 0;
  for (const place of encryptedColumns(dataSource)) {
    const [{ n }] = await dataSource.query(`SELECT count("${place.column}")::int AS n FROM "${place.table}"`);
    total += n;
  }
  return total;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
