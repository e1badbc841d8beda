import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { verifyAuditChain } from '@safeguard/audit';
import { AppConfig } from '@safeguard/config';
import { resolveDatabaseUrl } from '@safeguard/database';

/** `npm run audit:verify`: recomputes the audit hash chain; exit 1 naming the first broken row. */
async function main(): Promise<void> {
  const url = await resolveDatabaseUrl(new AppConfig(process.env));
  const dataSource = await new DataSource({ type: 'postgres', url }).initialize();
  try {
    const { rowsChecked, firstBroken } = await verifyAuditChain(dataSource);
    if (firstBroken) {
      console.error(
        `Audit chain BROKEN at row id ${firstBroken.id} (${firstBroken.problem}); ${rowsChecked} rows before it are intact.`,
      );
      process.exitCode = 1;
      return;
    }
    console.log(`Audit chain intact: ${rowsChecked} rows verified.`);
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
