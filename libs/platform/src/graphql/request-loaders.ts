import DataLoader from 'dataloader';

export interface LoaderContext {
  loaders?: Map<string, DataLoader<unknown, unknown>>;
}

/**
 * One DataLoader per kind per request, kept on the GraphQL context, so nested fields batch
 * into one query and nothing is cached across requests (or across users).
 */
export function requestLoader<K, V>(
  context: LoaderContext,
  key: string,
  batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>,
): DataLoader<K, V> {
  context.loaders ??= new Map();
  let loader = context.loaders.get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
    context.loaders.set(key, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Orders rows to match the keys DataLoader asked for; a missing row is null. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): Array<V | null> {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((k) => found.get(k) ?? null);
}
