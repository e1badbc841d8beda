import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import { AuditModule } from '@safeguard/audit';
import { ConfigModule } from '@safeguard/config';
import { SystemDatabaseModule } from '@safeguard/database';
import { GiasImportRunsService, GiasImportService, OrganisationsModule } from '@safeguard/organisations';
import { Actor } from '@safeguard/policy';

@Module({ imports: [ConfigModule, SystemDatabaseModule, AuditModule, OrganisationsModule] })
class GiasImportCommandModule {}

function parseArgs(argv: string[]): { file: string; laCodes: string[] } {
  const laCodes: string[] = [];
  let file: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--la') {
      const code = argv[(i += 1)];
      if (!code || !/^\d{1,3}$/.test(code)) throw new Error(`--la needs a 3-digit LA code, got "${code ?? ''}"`);
      laCodes.push(code.padStart(3, '0'));
    } else if (!file) {
      file = argv[i];
    } else {
      throw new Error(`Unexpected argument "${argv[i]}"`);
    }
  }
  if (!file) throw new Error('Usage: npm run import:gias -- FILE.csv [--la CODE ...]');
  if (!existsSync(file)) throw new Error(`No such file: ${file}`);
  return { file, laCodes };
}

/** `npm run import:gias -- edubasealldata.csv [--la 330 ...]` */
async function main(): Promise<void> {
  const { file, laCodes } = parseArgs(process.argv.slice(2));
  process.env.LOG_LEVEL ??= 'warn';
  const app = await NestFactory.createApplicationContext(GiasImportCommandModule, { logger: ['error', 'warn'] });
  try {
    const started = Date.now();
    // Recorded like an upload, so the administrators' page shows command-line runs too.
    const runs = app.get(GiasImportRunsService);
    const run = await runs.begin({ fileName: basename(file), startedById: null, startedByName: 'Command line (npm run import:gias)', byteSize: statSync(file).size });
    const report = await runs.record(run.id, (recordProgress) =>
      app.get(GiasImportService).importFile(file, Actor.system(`gias-import:${randomUUID()}`), {
        laCodes,
        onProgress: async (so) => {
          process.stderr.write(`\r${so.rowsRead} rows read`);
          await recordProgress(so);
        },
      }),
    );
    process.stderr.write('\n');
    console.log(`GIAS import of ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(`  rows read:  ${report.rowsRead}`);
    console.log(`  imported:   ${report.imported} (new schools)`);
    console.log(`  updated:    ${report.updated}`);
    console.log(`  unchanged:  ${report.unchanged}`);
    for (const [reason, count] of Object.entries(report.skipped)) console.log(`  skipped (${reason}): ${count}`);
    report.refusedRows.forEach(({ row, reason }) => console.log(`    row ${row}: ${reason}`));
    console.log(`  recorded as run ${run.id}`);
  } finally {
    await app.close();
  }
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
