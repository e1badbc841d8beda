import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ConnectionArgs } from './connection.args';
import { ConnectionShape } from './connection.model';
import { decodeCursor, encodeCursor } from './cursor';

export interface KeysetOrder<T> {
  /** SQL expressions of the sort keys, the last one unique (usually the id). */
  columns: string[];
  /** Reads the same keys from a loaded row, in the same order. */
  keyOf: (row: T) => Array<string | number | null>;
  /** Newest-first lists page downwards. */
  direction?: 'ASC' | 'DESC';
}

/**
 * Pages a query by keyset (row comparison on the sort keys), so a page costs the same
 * however deep the client reads and rows added meanwhile neither repeat nor vanish.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  order: KeysetOrder<T>,
  args: ConnectionArgs,
): Promise<ConnectionShape<T>> {
  const direction = order.direction ?? 'ASC';
  const tuple = `(${order.columns.join(', ')})`;
  if (args.after) {
    const values = decodeCursor(args.after, order.columns.length);
    const params = Object.fromEntries(values.map((v, i) => [`__cursor${i}`, v]));
    query.andWhere(`${tuple} ${direction === 'ASC' ? '>' : '<'} (${values.map((_, i) => `:__cursor${i}`).join(', ')})`, params);
  }
  order.columns.forEach((column, i) => (i === 0 ? query.orderBy(column, direction) : query.addOrderBy(column, direction)));
  const rows = await query.limit(args.first + 1).getMany();
  const page = rows.slice(0, args.first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(order.keyOf(node)) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
