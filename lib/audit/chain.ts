import { createHash } from 'node:crypto';
import type { AuditEvent, AuditRecordInput } from './audit-record.js';

/**
 * The hash chain of the audit log.
 *
 * Canonical form of record `id` (what an external tool must reproduce, byte for byte):
 * the JSON text of an object with exactly these 20 members, serialised as RFC 8785 (JSON
 * Canonicalization Scheme): members sorted by name (UTF-16 code units), no whitespace, strings
 * escaped the way ECMAScript `JSON.stringify` does, integers as plain decimals, encoded as UTF-8.
 * With the value types below, that is `JSON.stringify` of the object with its keys sorted, and
 * Python's `json.dumps(obj, sort_keys=True, separators=(',', ':'), ensure_ascii=False)`.
 *
 *   area          array of strings, in record order
 *   at            string: the instant in UTC as `YYYY-MM-DDTHH:mm:ss.sssZ` (always milliseconds)
 *   cached        true | false
 *   callerId      string | null
 *   documentHash  string (64 lowercase hex) | null
 *   durationMs    integer
 *   errorCodes    array of strings, in record order
 *   id            integer, the record's sequence number (1, 2, 3, …)
 *   operationName string | null
 *   operationType "query" | "mutation" | "subscription" | null
 *   outcome       "OK" | "PARTIAL" | "REFUSED" | "UNAUTHENTICATED" | "ERROR"
 *   purpose       string | null
 *   requestId     string
 *   responseBytes integer
 *   responseHash  string (64 lowercase hex) | null
 *   role          string | null
 *   subgraphs     array of strings, in record order
 *   subjects      array of strings (64 lowercase hex), in record order
 *   units         array of strings, in record order
 *   variablesHash string (64 lowercase hex) | null
 *
 * hash(record) = lowercase hex SHA-256 of the UTF-8 bytes of `prevHash + canonicalForm(record)`,
 * where prevHash is the previous record's hash (64 lowercase hex characters) and, for record 1,
 * GENESIS_HASH. `prevHash` and `hash` are not part of the canonical form: the link is the prefix.
 */

/** The `prevHash` of record 1. */
export const GENESIS_HASH = '0'.repeat(64);

/** The last record of a chain: what an operator anchors outside the database. `{ 0, GENESIS_HASH }` when empty. */
export interface ChainHead {
  readonly id: number;
  readonly hash: string;
}

export const EMPTY_HEAD: ChainHead = { id: 0, hash: GENESIS_HASH };

/** The record's canonical form (see above). Throws RangeError for an invalid `at`. */
export function canonicalForm(record: AuditRecordInput & { readonly id: number }): string {
  // Keys written in sorted order: JSON.stringify keeps insertion order for string keys.
  return JSON.stringify({
    area: record.area,
    at: record.at.toISOString(),
    cached: record.cached,
    callerId: record.callerId,
    documentHash: record.documentHash,
    durationMs: record.durationMs,
    errorCodes: record.errorCodes,
    id: record.id,
    operationName: record.operationName,
    operationType: record.operationType,
    outcome: record.outcome,
    purpose: record.purpose,
    requestId: record.requestId,
    responseBytes: record.responseBytes,
    responseHash: record.responseHash,
    role: record.role,
    subgraphs: record.subgraphs,
    subjects: record.subjects,
    units: record.units,
    variablesHash: record.variablesHash,
  });
}

export function hashOf(prevHash: string, record: AuditRecordInput & { readonly id: number }): string {
  return createHash('sha256').update(prevHash).update(canonicalForm(record)).digest('hex');
}

/** Links records after `head` into the chain: ids head.id + 1, + 2, … in the given order. */
export function linkRecords(head: ChainHead, records: readonly AuditRecordInput[]): AuditEvent[] {
  let { id, hash: prevHash } = head;
  return records.map((record) => {
    id += 1;
    const hash = hashOf(prevHash, { ...record, id });
    const event: AuditEvent = { ...record, id, prevHash, hash };
    prevHash = hash;
    return event;
  });
}

export interface ChainVerification {
  /** True when every record checked and every anchor was reached with its hash. */
  readonly ok: boolean;
  /** Records found intact, in order, before the first break (all of them when ok). */
  readonly checked: number;
  /** The id of the first record that fails a check, or that is missing; null when ok. */
  readonly firstBrokenId: number | null;
  /** Why it is broken, in one sentence; null when ok. */
  readonly reason: string | null;
  /** The last intact record; EMPTY_HEAD when there is none. */
  readonly head: ChainHead;
}

export interface VerifyOptions {
  /**
   * Heads recorded earlier outside the database (see `head()`): the chain must reach each one's id
   * with that hash. Without one, records deleted from the end of the log cannot be detected.
   * Default: none.
   */
  anchors?: readonly ChainHead[];
}

/**
 * Checks a whole log, from record 1, in id order, and stops at the first break. Detects, at the
 * record it names:
 * - an edited field or a forged `hash`: the record's hash does not match its content (`firstBrokenId`
 *   is that record);
 * - an edited record whose hash was recomputed: the next record's `prevHash` no longer matches
 *   (`firstBrokenId` is the next record; the edited one is the record before it);
 * - a removed record: a gap in the ids (`firstBrokenId` is the first missing id);
 * - reordered or duplicated records: an id out of sequence (the id expected at that place);
 * - a removed tail: only against an anchor (the first missing id).
 * Cannot detect, without an anchor taken after the change: the last records removed, or every
 * record from some point on rewritten and re-hashed (the hash is not keyed; anyone can recompute it).
 */
export async function verifyChain(events: Iterable<AuditEvent> | AsyncIterable<AuditEvent>, options: VerifyOptions = {}): Promise<ChainVerification> {
  const anchors = new Map((options.anchors ?? []).map((a) => [a.id, a.hash]));
  const farthest = Math.max(0, ...anchors.keys());
  let head = EMPTY_HEAD;
  let checked = 0;
  const broken = (id: number, reason: string): ChainVerification => ({ ok: false, checked, firstBrokenId: id, reason, head });
  for await (const event of events) {
    const expected = head.id + 1;
    if (event.id !== expected) {
      return event.id > expected
        ? broken(expected, `record ${expected}${event.id > expected + 1 ? `–${event.id - 1}` : ''} is missing (the next record is ${event.id})`)
        : broken(expected, `record ${event.id} appears where record ${expected} should be (reordered or duplicated)`);
    }
    if (event.prevHash !== head.hash) {
      return broken(event.id, head.id === 0 ? 'record 1 does not start from the genesis hash' : `record ${event.id} does not link to record ${head.id} (its prevHash differs from that record's hash)`);
    }
    if (hashOf(event.prevHash, event) !== event.hash) return broken(event.id, `record ${event.id} does not match its hash (a field or the hash was changed)`);
    // A consistent record with another hash than the anchored one: the log was rewritten up to here.
    const anchored = anchors.get(event.id);
    if (anchored !== undefined && event.hash !== anchored) return broken(event.id, `record ${event.id} differs from the anchor's hash (the log was rewritten)`);
    head = { id: event.id, hash: event.hash };
    checked += 1;
  }
  if (head.id < farthest) {
    return broken(head.id + 1, `the log ends at record ${head.id} but an anchor is record ${farthest} (records removed from the end)`);
  }
  return { ok: true, checked, firstBrokenId: null, reason: null, head };
}
