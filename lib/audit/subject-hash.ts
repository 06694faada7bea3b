import { createHmac } from 'node:crypto';

/**
 * Keyed hashes of data subjects' identifiers (citizen ID numbers, passport numbers), so that the
 * audit log can answer "who read this person's data" without holding the number. A plain hash
 * would not do: a 12-digit citizen ID has 10^12 values, which anyone can hash through in hours.
 * The key is what makes the hash one-way; whoever holds it can test a number, so it is a secret
 * of the hub (configuration, not the database), and changing it orphans every earlier hash.
 */

/** Shortest key accepted: 32 bytes (256 bits), the SHA-256 output length below which RFC 2104 discourages HMAC keys. */
export const SUBJECT_KEY_MIN_BYTES = 32;

// Unicode dash punctuation (hyphen, en and em dashes, …) and the minus sign, as well as '-'.
const SEPARATORS = /[\s\p{Pd}\u2212]/gu;

/**
 * The identifier as it is hashed: NFKC (full-width digits become ASCII), without whitespace or
 * dashes, in upper case. `' 079-203 000123 '` and `'079203000123'` are the same person.
 */
export const normaliseIdentifier = (identifier: string): string => identifier.normalize('NFKC').replace(SEPARATORS, '').toUpperCase();

/**
 * HMAC-SHA256 (lowercase hex) of the normalised identifier's UTF-8 bytes. A string key is taken as
 * its UTF-8 bytes (decode a hex or base64 secret to bytes first). Throws RangeError for a key
 * shorter than SUBJECT_KEY_MIN_BYTES or an identifier that is empty once normalised (a blank
 * identifier is no person: leave it out of the record).
 */
export function subjectHash(key: Uint8Array | string, identifier: string): string {
  return subjectHasher(key)(identifier);
}

/** `subjectHash` with the key checked once, for hashing every subject of a response. */
export function subjectHasher(key: Uint8Array | string): (identifier: string) => string {
  const keyBytes = typeof key === 'string' ? Buffer.from(key, 'utf8') : Buffer.from(key);
  if (keyBytes.byteLength < SUBJECT_KEY_MIN_BYTES) {
    throw new RangeError(`the subject-hash key must be at least ${SUBJECT_KEY_MIN_BYTES} bytes, got ${keyBytes.byteLength}`);
  }
  return (identifier) => {
    const normalised = normaliseIdentifier(identifier);
    if (normalised === '') throw new RangeError('the identifier is empty');
    return createHmac('sha256', keyBytes).update(normalised, 'utf8').digest('hex');
  };
}
