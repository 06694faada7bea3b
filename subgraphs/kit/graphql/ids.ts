import { badUserInput, quoted } from '../../../lib/errors.js';

/**
 * The one rule for row ids across sectors. Ids are the source systems' positive integer keys
 * (at most nine digits, so they fit every database's INT). A malformed id in a root lookup is the
 * caller's mistake and answers BAD_USER_INPUT; in an entity reference it simply names no record.
 */
const ROW_ID = /^[1-9]\d{0,8}$/;

/** An id or reference key as the row id it stands for; null when it cannot be one. */
export function parseRowId(id: unknown): number | null {
  const text = typeof id === 'number' ? String(id) : id;
  return typeof text === 'string' && ROW_ID.test(text) ? Number(text) : null;
}

/** For root lookups (`dossier(id:)`, `parcel(id:)`, …): a malformed id is BAD_USER_INPUT. */
export function requireRowId(id: string, argumentName = 'id'): number {
  const parsed = parseRowId(id);
  if (parsed === null) throw badUserInput(`${argumentName} must be a record id (a positive integer), got ${quoted(id)}`, argumentName);
  return parsed;
}

/** For `__resolveReference` by an `id` key: a malformed key names no record. */
export function findByRowId<T>(id: unknown, find: (id: number) => Promise<T | null>): Promise<T | null> {
  const parsed = parseRowId(id);
  return parsed === null ? Promise.resolve(null) : find(parsed);
}
