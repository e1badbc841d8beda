import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { anyString } from './hostile-values';

export interface DemoIds {
  /** Ids for a field such as `childId` or `networkIds`: mostly real demo ids, then random UUIDs and garbage. */
  arbitraryFor(field: string): fc.Arbitrary<string>;
}

type Query = <T>(sql: string) => Promise<T[]>;

// `localAuthorityId` → `local_authorit`: a stem that matches both the singular and the plural table.
const stemOf = (field: string) =>
  field
    .replace(/Ids?$/, '')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/(ies|y|s)$/, '');

/** Reads up to 40 ids of every table with a uuid `id` (the demo seed), grouped by table. */
export async function loadDemoIds(query: Query): Promise<DemoIds> {
  const tables = await query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'uuid' ORDER BY table_name`,
  );
  const byTable = new Map<string, string[]>();
  for (const { table_name } of tables) {
    const rows = await query<{ id: string }>(`SELECT id FROM "${table_name}" ORDER BY id LIMIT 40`);
    if (rows.length) byTable.set(table_name, rows.map((row) => row.id));
  }
  const every = [...byTable.values()].flat();
  const garbage = fc.oneof(fc.constantFrom('not-a-uuid', '', '1', randomUUID().toUpperCase(), `${randomUUID()}x`, '00000000-0000-0000-0000-000000000000'), anyString);
  return {
    arbitraryFor(field) {
      const stem = stemOf(field);
      const matching = [...byTable.entries()].filter(([table]) => stem.length > 2 && table.includes(stem)).flatMap(([, ids]) => ids);
      return fc.oneof(
        ...(matching.length ? [{ weight: 6, arbitrary: fc.constantFrom(...matching) }] : []),
        { weight: 2, arbitrary: fc.constantFrom(...every) },
        { weight: 1, arbitrary: fc.uuid() },
        { weight: 2, arbitrary: garbage },
      );
    },
  };
}
