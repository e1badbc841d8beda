import { DataSource } from 'typeorm';
import { CANONICAL_COLUMNS_SQL, CanonicalAuditRow, checkAuditRow, ChainProblem, GENESIS_HASH } from './audit-chain';

export interface AuditVerification {
  rowsChecked: number;
  firstBroken: ChainProblem | null;
}

/** Walks the whole chain in id order, in batches, and stops at the first broken row. */
export async function verifyAuditChain(dataSource: DataSource, batchSize = 5000): Promise<AuditVerification> {
  let previousHash = GENESIS_HASH;
  let afterId = '0';
  let rowsChecked = 0;
  for (;;) {
    const rows: CanonicalAuditRow[] = await dataSource.query(
      `SELECT ${CANONICAL_COLUMNS_SQL} FROM audit_events WHERE audit_events.id > $1 ORDER BY audit_events.id LIMIT $2`,
      [afterId, batchSize],
    );
    for (const row of rows) {
      const problem = checkAuditRow(row, previousHash);
      if (problem) return { rowsChecked, firstBroken: problem };
      previousHash = row.hash;
      rowsChecked += 1;
    }
    if (rows.length < batchSize) return { rowsChecked, firstBroken: null };
    afterId = rows[rows.length - 1].id;
  }
}
