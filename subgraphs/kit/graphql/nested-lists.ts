import type DataLoader from 'dataloader';
import { badUserInput } from '../../../lib/errors.js';
import { groupLoader } from '../loaders.js';

export const DEFAULT_NESTED = 10;
export const MAX_NESTED = 100;

/** `first` of a nested list (a vessel's violations, a parcel's certificates, …): 0–100, default 10. */
export function nestedFirst(first: number | null | undefined): number {
  const size = first ?? DEFAULT_NESTED;
  if (!Number.isInteger(size) || size < 0 || size > MAX_NESTED) throw badUserInput(`first must be between 0 and ${MAX_NESTED}, got ${size}`, 'first');
  return size;
}

/**
 * Per-request loaders of "the newest `first` rows of each parent": one group loader per page size,
 * so all vessels asking for their last 5 violations share one statement.
 */
export class NestedLists<Row> {
  private readonly loaders = new Map<number, DataLoader<number, Row[]>>();

  constructor(
    private readonly fetch: (parentIds: readonly number[], first: number) => Promise<Row[]>,
    private readonly parentOf: (row: Row) => number,
  ) {}

  load(parentId: number, first: number): Promise<Row[]> {
    if (first === 0) return Promise.resolve([]);
    let loader = this.loaders.get(first);
    if (!loader) {
      loader = groupLoader((ids: readonly number[]) => this.fetch(ids, first), this.parentOf);
      this.loaders.set(first, loader);
    }
    return loader.load(parentId);
  }
}
