import { DataSource, EntityManager } from 'typeorm';

/**
 * Works through rows claimed in batches, each batch in its own transaction: `claim` selects up to
 * `size` rows `FOR UPDATE SKIP LOCKED` (so concurrent workers take different rows), and `handle`
 * acts on them and marks them done in the same transaction, so a crash repeats nothing and loses
 * nothing. Stops at the first short batch. Returns how many rows were handled.
 */
export async function forEachClaimedBatch<T>(
  dataSource: DataSource,
  size: number,
  claim: (manager: EntityManager, limit: number) => Promise<T[]>,
  handle: (manager: EntityManager, rows: T[]) => Promise<void>,
): Promise<number> {
  let handled = 0;
  for (;;) {
    const count = await dataSource.transaction(async (manager) => {
      const rows = await claim(manager, size);
      if (rows.length) await handle(manager, rows);
      return rows.length;
    });
    handled += count;
    if (count < size) return handled;
  }
}
