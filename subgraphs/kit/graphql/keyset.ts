import { badUserInput } from '../../../lib/errors.js';
import { isIsoDate } from '../dates.js';

/**
 * What one part of a cursor holds, so that a cursor is checked before it reaches the SQL:
 * - `int`: an integer row id; at most 2,147,483,647, the legacy `int` key columns (a larger value
 *   would be a database error on SQL Server instead of bad input);
 * - `code`: a unit code as records carry it (digits, at most five);
 * - `date`: a calendar date `YYYY-MM-DD`;
 * - `instant`: a timestamp, as `Date.toISOString()` wrote it into the cursor;
 * - `text`: any string, compared as the database orders it (e.g. a registration number).
 */
export type KeyType = 'int' | 'code' | 'date' | 'instant' | 'text';

/** One column of a list's order: the last one must make the order total (usually the row id). */
export interface KeyColumn {
  /** The column as the SQL names it, e.g. `p.THUADATID` (trusted text, never user input). */
  readonly column: string;
  readonly direction: 'asc' | 'desc';
  readonly type: KeyType;
}

/** A cursor's parts, parsed: numbers for `int`, Dates for `instant`, strings otherwise. */
export type KeyValue = string | number | Date;

const MAX_INT = 2_147_483_647;

function parsePart(type: KeyType, part: string): KeyValue | undefined {
  switch (type) {
    case 'int':
      return /^\d{1,10}$/.test(part) && Number(part) <= MAX_INT ? Number(part) : undefined;
    case 'code':
      return /^\d{1,5}$/.test(part) ? part : undefined;
    case 'date':
      return isIsoDate(part) ? part : undefined;
    case 'instant': {
      const time = Date.parse(part);
      return Number.isNaN(time) ? undefined : new Date(time);
    }
    case 'text':
      return part;
  }
}

/**
 * A decoded `after` cursor (see `pageRequest`) checked against the order it claims to continue:
 * a cursor of another list, or a forged one, is BAD_USER_INPUT. Null stays null (first page).
 */
export function parseKey(order: readonly KeyColumn[], key: readonly string[] | null): KeyValue[] | null {
  if (key === null) return null;
  const values = key.length === order.length ? order.map((c, i) => parsePart(c.type, key[i]!)) : [];
  if (values.length === 0 || values.some((v) => v === undefined)) throw badUserInput('after is not a cursor of this list', 'after');
  return values as KeyValue[];
}
