import { badUserInput } from '../../../lib/errors.js';

/** Ids are the source system's integer keys; anything else names no record. */
export function parseId(id: string | number): number | null {
  const text = String(id);
  return /^\d{1,10}$/.test(text) ? Number(text) : null;
}

/** For root lookups, a malformed id is the caller's mistake. */
export function requireId(id: string): number {
  const parsed = parseId(id);
  if (parsed === null) throw badUserInput(`id must be a positive integer, got ${JSON.stringify(id)}`, 'id');
  return parsed;
}
