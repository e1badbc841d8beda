import { DataSource } from 'typeorm';
import { FieldKeyring } from './field-keyring';
import { FieldTransformer } from './encrypted-column';

/** One encrypted column, where it lives and what its values are bound to. */
export interface EncryptedColumnPlace {
  table: string;
  primaryKey: string;
  column: string;
  context: string;
  /** The column holding the value's keyed hash, if exact lookups need one. */
  hashColumn: string | null;
}

export interface TableRotation {
  table: string;
  /** Values that were under another key, now under the active one. */
  reencrypted: number;
  /** Plain values from before encryption, now encrypted. */
  encrypted: number;
  rows: number;
  batches: number;
}

export interface RotationReport {
  activeKeyId: string;
  tables: TableRotation[];
  reencrypted: number;
  encrypted: number;
  /** Values not yet under the active key after the walk (rows locked by someone else): run it again. */
  remaining: number;
  seconds: number;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Every column declared with @EncryptedColumn, found from the entities the data source knows. */
export function encryptedColumns(dataSource: DataSource): EncryptedColumnPlace[] {
  const places: EncryptedColumnPlace[] = [];
  for (const entity of dataSource.entityMetadatas) {
    if (entity.tableType !== 'regular') continue;
    for (const column of entity.columns) {
      if (!(column.transformer instanceof FieldTransformer)) continue;
      if (entity.primaryColumns.length !== 1) throw new Error(`${entity.tableName}: keys:rotate walks tables by a single primary key`);
      const hashProperty = column.transformer.options.lookupHash;
      const hashColumn = hashProperty ? entity.findColumnWithPropertyPath(hashProperty)?.databaseName : null;
      if (hashProperty && !hashColumn) throw new Error(`${entity.tableName}: no column ${hashProperty} for ${column.propertyPath}'s hash`);
      places.push({
        table: entity.tableName,
        primaryKey: entity.primaryColumns[0].databaseName,
        column: column.databaseName,
        context: column.transformer.context,
        hashColumn: hashColumn ?? null,
      });
    }
  }
  return places.sort((a, b) => a.table.localeCompare(b.table) || a.column.localeCompare(b.column));
}

/**
 * `keys:rotate`: puts every encrypted value under the active key, and encrypts plain values left
 * from before encryption. Each table is walked by primary key in batches, each batch its own
 * transaction holding its rows (FOR UPDATE SKIP LOCKED, so users writing meanwhile are never
 * blocked). Only rows with a value not yet under the active key are selected, so it is idempotent
 * and resumable: stopped anywhere, the next run carries on with what is left, and a value is never
 * encrypted twice (an envelope is decrypted first, whatever key it is under).
 */
export async function rotateFieldKeys(dataSource: DataSource, keyring: FieldKeyring, options: { batchSize?: number } = {}): Promise<RotationReport> {
  const started = process.hrtime.bigint();
  const batchSize = options.batchSize ?? 500;
  const prefix = `v2:${keyring.activeKeyId}:`;
  const places = encryptedColumns(dataSource);
  for (const place of places) {
    if (place.context !== `${place.table}.${place.column}` && !LEGACY_CONTEXTS.has(place.context)) {
      throw new Error(`${place.table}.${place.column} is encrypted under the context ${place.context}: the context must name the column`);
    }
  }
  const tables = [...new Set(places.map((p) => p.table))];
  const report: RotationReport = { activeKeyId: keyring.activeKeyId, tables: [], reencrypted: 0, encrypted: 0, remaining: 0, seconds: 0 };
  for (const table of tables) {
    const columns = places.filter((p) => p.table === table);
    const done = await rotateTable(dataSource, keyring, columns, prefix, batchSize);
    report.tables.push(done);
    report.reencrypted += done.reencrypted;
    report.encrypted += done.encrypted;
    report.remaining += await remaining(dataSource, columns, prefix);
  }
  report.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return report;
}

/** Contexts written before contexts named their column, kept so that their values still decrypt. */
const LEGACY_CONTEXTS = new Set(['governance_checks.reference']);

const needsWork = (columns: EncryptedColumnPlace[], prefixParam: string) =>
  columns.map((c) => `(${ident(c.column)} IS NOT NULL AND left(${ident(c.column)}, length(${prefixParam})) <> ${prefixParam})`).join(' OR ');

async function rotateTable(
  dataSource: DataSource, keyring: FieldKeyring, columns: EncryptedColumnPlace[], prefix: string, batchSize: number,
): Promise<TableRotation> {
  const { table, primaryKey } = columns[0];
  const result: TableRotation = { table, reencrypted: 0, encrypted: 0, rows: 0, batches: 0 };
  const pkType = primaryKeyType(dataSource, table, primaryKey);
  let after: string | null = null;
  for (;;) {
    const last: string | null = await dataSource.transaction(async (manager) => {
      const rows: Array<Record<string, string | null>> = await manager.query(
        `SELECT ${ident(primaryKey)}::text AS pk, ${columns.map((c) => ident(c.column)).join(', ')}
           FROM ${ident(table)}
          WHERE ($1::text IS NULL OR ${ident(primaryKey)} > $1::text::${pkType}) AND (${needsWork(columns, '$2')})
          ORDER BY ${ident(primaryKey)} LIMIT ${Number(batchSize)}
          FOR UPDATE SKIP LOCKED`,
        [after, prefix],
      );
      if (rows.length === 0) return null;
      const updates = columns.map(() => [] as Array<string | null>);
      const hashes = columns.map(() => [] as Array<string | null>);
      for (const row of rows) {
        columns.forEach((c, i) => {
          const stored = row[c.column];
          if (stored === null || stored.startsWith(prefix)) {
            updates[i].push(stored);
            hashes[i].push(null);
            return;
          }
          const keyId = keyring.keyIdOf(stored);
          const plain = keyId === null ? stored : keyring.decrypt(stored, c.context);
          if (keyId === null) result.encrypted++;
          else result.reencrypted++;
          updates[i].push(keyring.encrypt(plain, c.context));
          hashes[i].push(c.hashColumn ? keyring.lookupHash(plain, c.context) : null);
        });
      }
      const sets: string[] = [];
      const params: unknown[] = [rows.map((r) => r.pk)];
      columns.forEach((c, i) => {
        params.push(updates[i]);
        sets.push(`${ident(c.column)} = v.c${i}`);
        if (c.hashColumn) {
          params.push(hashes[i]);
          // A hash is rewritten only with its value (a null here means the value was left as it was).
          sets.push(`${ident(c.hashColumn)} = coalesce(v.h${i}, t.${ident(c.hashColumn)})`);
        }
      });
      let p = 2;
      const parts = [`unnest($1::${pkType}[]) AS pk`];
      columns.forEach((c, i) => {
        parts.push(`unnest($${p++}::text[]) AS c${i}`);
        if (c.hashColumn) parts.push(`unnest($${p++}::text[]) AS h${i}`);
      });
      await manager.query(
        `UPDATE ${ident(table)} t SET ${sets.join(', ')}
           FROM (SELECT ${parts.join(', ')}) v
          WHERE t.${ident(primaryKey)} = v.pk`,
        params,
      );
      result.rows += rows.length;
      result.batches++;
      return rows[rows.length - 1].pk;
    });
    if (last === null) return result;
    after = last;
  }
}

/** The primary key's SQL type, so that the keyset and the update use its index. */
function primaryKeyType(dataSource: DataSource, table: string, primaryKey: string): string {
  const entity = dataSource.entityMetadatas.find((m) => m.tableName === table)!;
  const type = entity.primaryColumns.find((c) => c.databaseName === primaryKey)!.type;
  if (typeof type !== 'string' || !/^[a-z ]+$/.test(type)) throw new Error(`${table}: keys:rotate cannot walk a ${String(type)} primary key`);
  return type;
}

async function remaining(dataSource: DataSource, columns: EncryptedColumnPlace[], prefix: string): Promise<number> {
  const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM ${ident(columns[0].table)} WHERE ${needsWork(columns, '$1')}`, [
    prefix,
  ]);
  return n;
}
