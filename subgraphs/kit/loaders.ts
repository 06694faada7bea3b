import DataLoader from 'dataloader';

/** Batches stay well inside what one statement may carry on every dialect. */
export const MAX_BATCH = 1000;

/**
 * A per-request loader of many rows per key (children, versions, links): one statement per batch,
 * rows grouped back to their keys.
 */
export function groupLoader<K extends string | number, V>(
  load: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (value: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(
    async (keys) => {
      const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
      for (const value of await load(keys)) groups.get(keyOf(value))?.push(value);
      return keys.map((k) => groups.get(k) ?? []);
    },
    { maxBatchSize: MAX_BATCH },
  );
}

/** A per-request loader of at most one row per key; a missing row is null. */
export function rowLoader<K extends string | number, V>(
  load: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (value: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(
    async (keys) => {
      const byKey = new Map<K, V>();
      for (const value of await load(keys)) byKey.set(keyOf(value), value);
      return keys.map((k) => byKey.get(k) ?? null);
    },
    { maxBatchSize: MAX_BATCH },
  );
}
