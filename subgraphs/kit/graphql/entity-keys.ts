import { toIsoDate } from '../dates.js';

/**
 * Entity representations skip scalar parsing, so a Date key field arrives as whatever the other
 * subgraph serialised (normally 'YYYY-MM-DD'); anything unusable becomes '' and matches nothing.
 */
export function normaliseKeyDate(value: unknown): string {
  if (typeof value === 'string' || value instanceof Date) return toIsoDate(value);
  return '';
}
