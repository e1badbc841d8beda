import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { londonToday } from '@safeguard/calendar';
import { runAsSystem, serverUrlOf, startEmbeddedPostgres } from '@safeguard/database';
import { createApiApp } from '../apps/api/src/api.app';
import { TermlyFiguresService } from '../libs/inspection/src/figures/termly-figures.service';
import { adminQuery } from '../test/support/postgres-server';
import { benchTerms, seedAuthority } from './seed-authority';

/**
 * How long the HMI's termly figures take for a Birmingham-sized authority. Starts the api (its
 * migrations, no demo) on a database of its own — on DATABASE_URL's server, else an embedded one —
 * seeds one authority in bulk SQL, times TermlyFiguresService.build (four terms, in a read-only
 * REPEATABLE READ transaction, as a report build reads) and childList, prints one JSON line, and
 * drops the database. `npm run bench:report`.
 */
async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'safeguard-bench-'));
  // An embedded server runs as the postgres user, which must be able to enter the directory.
  chmodSync(dataDir, 0o755);
  const server = process.env.DATABASE_URL
    ? { serverUrl: serverUrlOf(process.env.DATABASE_URL), stop: async () => undefined }
    : await startEmbeddedPostgres(join(dataDir, 'pg'), await freePort());
  const name = `safeguard_bench_${randomBytes(4).toString('hex')}`;
  await adminQuery(server.serverUrl, `CREATE DATABASE ${name}`);
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
      const figures = started.get(TermlyFiguresService);

      const today = londonToday();
      const [{ id: la }] = await dataSource.query(`INSERT INTO local_authorities (code, name) VALUES ('330', 'Birmingham') RETURNING id`);
      await dataSource.transaction((manager) => seedAuthority(manager, la, today));
      const [size] = await dataSource.query(
        `SELECT (SELECT count(*) FROM schools WHERE local_authority_id = $1)::int AS schools,
                (SELECT count(*) FROM register_entries WHERE local_authority_id = $1)::int AS "registerEntries",
                (SELECT count(*) FROM concerns WHERE local_authority_id = $1)::int AS concerns,
                (SELECT count(*) FROM governance_appointments WHERE local_authority_id = $1)::int AS appointments`,
        [la],
      );

      const terms = benchTerms(today);
      const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
        const started = process.hrtime.bigint();
        const result = await work();
        return [result, Math.round(Number(process.hrtime.bigint() - started) / 1e6)];
      };
      const [report, buildMs] = await timed(() =>
        dataSource.transaction('REPEATABLE READ', async (manager) => {
          await manager.query('SET TRANSACTION READ ONLY');
          return figures.build(manager, la, terms);
        }),
      );
      const [rows, childListMs] = await timed(() => figures.childList(dataSource.manager, la, terms[terms.length - 1]));
      if (report.sections.some((s) => !s.available)) throw new Error('A section was unavailable');
      console.log(JSON.stringify({
        ...size, buildMs, childListMs, childListRows: rows.length, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      }));
    });
  } finally {
    await app?.close();
    await adminQuery(server.serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
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
