import { describe, expect, it } from 'vitest';
import { findByRowId, parseRowId, requireRowId } from './ids.js';

describe('row ids', () => {
  it('reads positive integers of up to nine digits and nothing else', () => {
    expect(parseRowId('42')).toBe(42);
    expect(parseRowId(42)).toBe(42);
    expect(parseRowId('999999999')).toBe(999_999_999);
    for (const bad of ['0', '007', '-1', '1.5', '1e3', ' 42', '1234567890', '', 'abc', null, undefined, {}]) {
      expect(parseRowId(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('rejects a malformed root-lookup id with BAD_USER_INPUT naming the argument', () => {
    expect(requireRowId('7')).toBe(7);
    expect(() => requireRowId('x7', 'dossierId')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });

  it('resolves a malformed reference key to null without asking the database', async () => {
    const asked: number[] = [];
    const find = async (id: number) => (asked.push(id), { id });
    expect(await findByRowId('abc', find)).toBeNull();
    expect(await findByRowId('12', find)).toEqual({ id: 12 });
    expect(asked).toEqual([12]);
  });
});
