type Query = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

export interface Snapshot {
  counts: Record<string, number>;
  lastAuditId: number;
  /** Audit events written since the snapshot this one was compared with. */
  audit: AuditLine[];
}

export interface AuditLine {
  action: string;
  outcome: string;
}

/**
 * Row counts of every table of the public schema and the audit events written since the last
 * look, read in one statement: how the fuzz test sees what a call left behind.
 */
export class WriteLedger {
  private constructor(
    private readonly query: Query,
    private readonly countSql: string,
  ) {}

  static async open(query: Query): Promise<WriteLedger> {
    const tables = await query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const pairs = tables.map(({ table_name }) => `'${table_name}', (SELECT count(*) FROM "${table_name}")`);
    // A function takes at most 100 arguments: one jsonb_build_object per 50 tables, merged.
    const chunks: string[] = [];
    for (let i = 0; i < pairs.length; i += 50) chunks.push(`jsonb_build_object(${pairs.slice(i, i + 50).join(', ')})`);
    const sql = `SELECT ${chunks.join(' || ')} AS counts, (SELECT coalesce(max(id), 0) FROM audit_events) AS last_audit_id,
      (SELECT coalesce(json_agg(json_build_object('action', action, 'outcome', outcome) ORDER BY id), '[]') FROM audit_events WHERE id > $1) AS audit`;
    return new WriteLedger(query, sql);
  }

  /** Counts now, with the audit events written since `since` (none without it). */
  async snapshot(since?: Snapshot): Promise<Snapshot> {
    const [row] = await this.query<{ counts: Record<string, string | number>; last_audit_id: string; audit: AuditLine[] }>(this.countSql, [
      since?.lastAuditId ?? Number.MAX_SAFE_INTEGER,
    ]);
    const counts = Object.fromEntries(Object.entries(row.counts).map(([table, count]) => [table, Number(count)]));
    return { counts, lastAuditId: Number(row.last_audit_id), audit: row.audit };
  }

  /** Tables whose row count changed between two snapshots, with the change. */
  static changed(before: Snapshot, after: Snapshot): Record<string, number> {
    return Object.fromEntries(
      Object.keys(after.counts)
        .map((table) => [table, after.counts[table] - (before.counts[table] ?? 0)] as const)
        .filter(([, delta]) => delta !== 0),
    );
  }
}
