import { describe, expect, it } from 'vitest';
import { normaliseIdentifier, SUBJECT_KEY_MIN_BYTES, subjectHash, subjectHasher } from './subject-hash.js';

const KEY = '0123456789abcdef0123456789abcdef';

describe('subjectHash', () => {
  it('is HMAC-SHA256 hex of the normalised identifier (vectors from Python hmac)', () => {
    expect(subjectHash(KEY, '079203000123')).toBe('71fcd0c1b9547a0919fcbaf7e8db0e3fd90cd02adab12897ddd7e80df25f2679');
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => i);
    expect(subjectHash(bytes, 'c1234567')).toBe('d9c15915abe01ef1574e1676c77e1fed929bf9f7838bd8020f700e21b03db66a');
  });

  it('maps every spelling of one number to one hash, and never contains the number', () => {
    const hash = subjectHash(KEY, '079203000123');
    for (const spelling of [' 079203000123 ', '079 203 000 123', '079-203-000-123', '079–203\u00a0000123', '０７９２０３０００１２３']) {
      expect(subjectHash(KEY, spelling)).toBe(hash);
    }
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain('079203000123');
    expect(subjectHash(KEY, 'b1234567')).toBe(subjectHash(KEY, 'B 1234-567'));
  });

  it('differs for another number and for another key', () => {
    expect(subjectHash(KEY, '079203000124')).not.toBe(subjectHash(KEY, '079203000123'));
    expect(subjectHash(KEY.toUpperCase(), '079203000123')).not.toBe(subjectHash(KEY, '079203000123'));
  });

  it(`rejects keys shorter than ${SUBJECT_KEY_MIN_BYTES} bytes and empty identifiers`, () => {
    expect(() => subjectHash(KEY.slice(1), '079203000123')).toThrow(RangeError);
    expect(() => subjectHash(new Uint8Array(31), '079203000123')).toThrow(/at least 32 bytes, got 31/);
    expect(() => subjectHasher(new Uint8Array(16))).toThrow(RangeError);
    expect(() => subjectHash(KEY, ' - ')).toThrow(/empty/);
    // A string key counts its UTF-8 bytes: 16 two-byte letters are 32 bytes.
    expect(subjectHash('đ'.repeat(16), '1')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('subjectHasher checks the key once and hashes like subjectHash; it keeps its own copy of the key', () => {
    const key = Uint8Array.from({ length: 32 }, (_, i) => i);
    const hash = subjectHasher(key);
    const expected = subjectHash(key, '079203000123');
    key.fill(0);
    expect(hash('079203000123')).toBe(expected);
  });

  it('normalises by NFKC, without whitespace or dashes, upper case', () => {
    expect(normaliseIdentifier(' ab-12\t34 ')).toBe('AB1234');
    expect(normaliseIdentifier('０１２')).toBe('012');
  });
});
