import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AuditModule } from '@safeguard/audit';
import { ConfigModule } from '@safeguard/config';
import { SystemDatabaseModule } from '@safeguard/database';
import { EncryptionModule } from '@safeguard/encryption';
import { JobsModule } from '@safeguard/jobs';
import { OutboxModule } from '@safeguard/outbox';
import { Actor } from '@safeguard/policy';
import { RegisterCoreModule, RegisterImportOptions, RegisterImportService, RegisterKind } from '@safeguard/register';

// EncryptionModule: an entry's summary and its chronology are encrypted columns.
@Module({ imports: [ConfigModule, SystemDatabaseModule, EncryptionModule, JobsModule.forRoot({ role: 'producer' }), AuditModule, OutboxModule, RegisterCoreModule] })
class RegisterImportCommandModule {}

const USAGE = 'Usage: npm run import:register -- FILE.csv --la CODE --kind CME|EHE|EXCLUDED|EHCP --source "team name"';

export function parseImportArgs(argv: string[]): { file: string } & RegisterImportOptions {
  const options: Partial<RegisterImportOptions> = {};
  let file: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const value = () => {
      const v = argv[(i += 1)];
      if (v === undefined) throw new Error(`${argv[i - 1]} needs a value. ${USAGE}`);
      return v;
    };
    if (argv[i] === '--la') {
      const code = value();
      if (!/^\d{3}$/.test(code)) throw new Error(`--la needs a 3-digit LA code, got "${code}"`);
      options.laCode = code;
    } else if (argv[i] === '--kind') {
      const kind = value().toUpperCase();
      if (!(kind in RegisterKind)) throw new Error(`--kind must be one of ${Object.keys(RegisterKind).join(', ')}`);
      options.kind = kind as RegisterKind;
    } else if (argv[i] === '--source') {
      options.source = value().trim();
    } else if (!file) {
      file = argv[i];
    } else {
      throw new Error(`Unexpected argument "${argv[i]}". ${USAGE}`);
    }
  }
  if (!file || !options.laCode || !options.kind || !options.source) throw new Error(USAGE);
  if (!existsSync(file)) throw new Error(`No such file: ${file}`);
  return { file, laCode: options.laCode, kind: options.kind, source: options.source };
}

/** Imports one council team's old list into the shared register and prints what happened to each row. */
async function main(): Promise<void> {
  const { file, ...options } = parseImportArgs(process.argv.slice(2));
  process.env.LOG_LEVEL ??= 'warn';
  const app = await NestFactory.createApplicationContext(RegisterImportCommandModule, { logger: ['error', 'warn'] });
  try {
    const report = await app.get(RegisterImportService).importFile(file, Actor.system(`register-import:${randomUUID()}`), options);
    console.log(`Register import of ${file} (${options.kind}, LA ${options.laCode}, source "${options.source}")`);
    console.log(`  rows read:         ${report.rowsRead}`);
    console.log(`  entries created:   ${report.entriesCreated}`);
    console.log(`  already imported:  ${report.alreadyImported}`);
    console.log(`  children matched:  ${report.childrenMatched}`);
    console.log(`  children created:  ${report.childrenCreated}`);
    console.log(`  possible duplicates not merged: ${report.possibleDuplicates.length}`);
    for (const d of report.possibleDuplicates) {
      console.log(`    row ${d.row}: child ${d.childId} may be ${d.candidates.map((c) => `${c.childId} (${c.why})`).join(', ')}`);
    }
    console.log(`  rows refused:      ${report.refused.length}`);
    for (const r of report.refused) console.log(`    row ${r.row}: ${r.reason}`);
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  main()
    .then(() => process.exit(0))
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
