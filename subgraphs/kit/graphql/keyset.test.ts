import { describe, expect, it } from 'vitest';
import { parseKey, type KeyColumn } from './keyset.js';

const NEWEST_FIRST: readonly KeyColumn[] = [
  { column: 't.RECEIVED', direction: 'desc', type: 'instant' },
  { column: 't.ID', direction: 'desc', type: 'int' },
];

function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('keyset cursors', () => {
  it('parses a cursor of the list into typed values and rejects any other as BAD_USER_INPUT', () => {
    expect(parseKey(NEWEST_FIRST, null)).toBeNull();
    expect(parseKey(NEWEST_FIRST, ['2024-06-01T03:00:00.000Z', '42'])).toEqual([new Date('2024-06-01T03:00:00.000Z'), 42]);
    // Another list's cursor, a forged time, a forged id, an id past the int key columns.
    for (const forged of [['2024-06-01T03:00:00.000Z'], ['yesterday', '42'], ['2024-06-01T03:00:00.000Z', '4x'], ['2024-06-01T03:00:00.000Z', '2147483648']]) {
      expect(errorOf(() => parseKey(NEWEST_FIRST, forged)), JSON.stringify(forged)).toMatchObject({
        message: 'after is not a cursor of this list',
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
  });
});
