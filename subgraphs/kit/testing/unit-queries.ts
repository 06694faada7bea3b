import type { Caller } from '../../../lib/caller.js';
import { localCaller } from './test-credentials.js';

/** An `IndicatorValue` as the sector suites select it. */
export interface IndicatorAnswer {
  code: string;
  unitOfMeasure: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: string;
}

/** A connection as the suites select it (fields left out of a selection are simply absent). */
export interface ConnectionAnswer<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * An `AdministrativeUnit` representation for `_entities`, the way the gateway asks a sector; by
 * default the version in force before the 2025 reform (old province 51 and its districts).
 */
export const unitRepresentation = (code: string, validFrom = '2000-01-01') => ({ __typename: 'AdministrativeUnit', code, validFrom });

/** A local IOC caller who may see only the records of these units (and what lies under them). */
export const scopedTo = (...codes: string[]): Caller => localCaller(...codes);

/**
 * Follows `endCursor` from the first page to the last: every node in list order, and how many
 * pages it took. A list that never ends fails the test instead of hanging it.
 */
export async function everyPage<T>(
  fetchPage: (after: string | null) => Promise<Pick<ConnectionAnswer<T>, 'nodes' | 'pageInfo'>>,
  maxPages = 1000,
): Promise<{ nodes: T[]; pages: number }> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (let pages = 1; pages <= maxPages; pages++) {
    const page = await fetchPage(after);
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return { nodes, pages };
    after = page.pageInfo.endCursor;
  }
  throw new Error(`the list did not end within ${maxPages} pages`);
}
