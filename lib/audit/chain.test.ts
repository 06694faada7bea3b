import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditRecord, sha256 } from '../../test/support/audit-records.js';
import type { AuditEvent, AuditRecordInput } from './audit-record.js';
import { canonicalForm, EMPTY_HEAD, GENESIS_HASH, hashOf, linkRecords, verifyChain } from './chain.js';

const chain = (n: number, from = 1): AuditEvent[] =>
  linkRecords(
    EMPTY_HEAD,
    Array.from({ length: n }, (_, i) => auditRecord(from + i)),
  );

/** RFC 8785 for the JSON subset a record uses (strings, integers, booleans, null, arrays, objects). */
function jcs(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(jcs).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${jcs(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

describe('canonical form', () => {
  const record: AuditRecordInput & { id: number } = {
    id: 7,
    at: new Date('2026-11-01T08:00:00Z'),
    requestId: 'r-1',
    callerId: null,
    role: null,
    area: ['51001', '51003'],
    purpose: 'Hồ sơ "số" 12/2026',
    operationName: null,
    operationType: null,
    documentHash: null,
    variablesHash: null,
    subgraphs: [],
    outcome: 'UNAUTHENTICATED',
    errorCodes: ['UNAUTHENTICATED'],
    cached: false,
    durationMs: 0,
    responseHash: '1'.repeat(64),
    responseBytes: 97,
    units: ['51'],
    subjects: [],
  };

  it('is pinned: a change here is a new log format and breaks every stored chain', () => {
    expect(canonicalForm(record)).toBe(
      '{"area":["51001","51003"],"at":"2026-11-01T08:00:00.000Z","cached":false,"callerId":null,"documentHash":null,"durationMs":0,' +
        '"errorCodes":["UNAUTHENTICATED"],"id":7,"operationName":null,"operationType":null,"outcome":"UNAUTHENTICATED",' +
        '"purpose":"Hồ sơ \\"số\\" 12/2026","requestId":"r-1","responseBytes":97,"responseHash":"' + '1'.repeat(64) + '","role":null,' +
        '"subgraphs":[],"subjects":[],"units":["51"],"variablesHash":null}',
    );
    expect(hashOf(GENESIS_HASH, record)).toBe(createHash('sha256').update(GENESIS_HASH + canonicalForm(record), 'utf8').digest('hex'));
    // Reproduced outside Node: Python's json.dumps(record, sort_keys=True, separators=(',', ':'),
    // ensure_ascii=False), prefixed with the genesis hash, through hashlib.sha256.
    expect(hashOf(GENESIS_HASH, record)).toBe('a64cde534ae398f679126582c2b52c13b83b3f5b3aa8d04b5dcff9476de28405');
  });

  it('is RFC 8785 (JCS) of the record with its id, whatever the order of the input keys', () => {
    const reversed = Object.fromEntries(Object.entries(record).reverse()) as typeof record;
    expect(canonicalForm(reversed)).toBe(canonicalForm(record));
    expect(canonicalForm(record)).toBe(jcs({ ...record, at: record.at.toISOString() }));
    expect(Object.keys(JSON.parse(canonicalForm(record)) as object)).toHaveLength(20);
  });

  it('keeps arrays in order and writes UTC with milliseconds', () => {
    const swapped = { ...record, area: ['51003', '51001'] };
    expect(hashOf(GENESIS_HASH, swapped)).not.toBe(hashOf(GENESIS_HASH, record));
    expect(canonicalForm({ ...record, at: new Date('2026-11-01T15:00:00.5+07:00') })).toContain('"at":"2026-11-01T08:00:00.500Z"');
  });

  it('ignores fields outside the record (prevHash and hash are linked by prefix, not content)', () => {
    const [event] = chain(1);
    expect(canonicalForm(event!)).not.toContain('prevHash');
    expect(canonicalForm({ ...event!, extra: 'x' } as AuditEvent)).toBe(canonicalForm(event!));
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain, sync or async, and reports its head', async () => {
    const events = chain(10);
    const expected = { ok: true, checked: 10, firstBrokenId: null, reason: null, head: { id: 10, hash: events[9]!.hash } };
    expect(await verifyChain(events)).toEqual(expected);
    async function* stream() {
      yield* events;
    }
    expect(await verifyChain(stream())).toEqual(expected);
    expect(await verifyChain([])).toEqual({ ok: true, checked: 0, firstBrokenId: null, reason: null, head: EMPTY_HEAD });
  });

  it('links record 1 to the genesis hash and each record to the one before', () => {
    const events = chain(3);
    expect(events.map((e) => e.id)).toEqual([1, 2, 3]);
    expect(events[0]!.prevHash).toBe(GENESIS_HASH);
    expect(events[1]!.prevHash).toBe(events[0]!.hash);
    expect(events[2]!.hash).toBe(hashOf(events[1]!.hash, events[2]!));
  });

  const changes: Array<[keyof AuditRecordInput, unknown]> = [
    ['at', new Date('2026-11-01T08:00:05.001Z')],
    ['requestId', 'req-x'],
    ['callerId', 'key-someone-else'],
    ['callerId', null],
    ['role', 'auditor'],
    ['area', ['51001']],
    ['purpose', 'case 1'],
    ['operationName', 'Other'],
    ['operationType', 'mutation'],
    ['documentHash', sha256('other')],
    ['variablesHash', null],
    ['subgraphs', ['incidents', 'admin-units']],
    ['outcome', 'REFUSED'],
    ['errorCodes', ['FORBIDDEN']],
    ['cached', true],
    ['durationMs', 999],
    ['responseHash', sha256('other')],
    ['responseBytes', 1],
    ['units', []],
    ['subjects', [sha256('someone')]],
  ];
  it.each(changes)('detects an edited %s at that record', async (field, value) => {
    const events = chain(6);
    events[3] = { ...events[3]!, [field]: value };
    expect(await verifyChain(events)).toMatchObject({ ok: false, checked: 3, firstBrokenId: 4, reason: expect.stringContaining('does not match its hash') });
  });

  it('detects a forged hash', async () => {
    const events = chain(6);
    events[2] = { ...events[2]!, hash: sha256('forged') };
    expect(await verifyChain(events)).toMatchObject({ ok: false, firstBrokenId: 3 });
  });

  it('detects an edited record whose hash was recomputed, at the next record', async () => {
    const events = chain(6);
    const edited = { ...events[2]!, callerId: 'someone-else' };
    events[2] = { ...edited, hash: hashOf(edited.prevHash, edited) };
    expect(await verifyChain(events)).toMatchObject({ ok: false, checked: 3, firstBrokenId: 4, reason: expect.stringContaining('does not link to record 3') });
  });

  it('detects a removed record, naming the first missing id', async () => {
    const events = chain(8);
    events.splice(3, 2);
    expect(await verifyChain(events)).toMatchObject({ ok: false, checked: 3, firstBrokenId: 4, reason: 'record 4–5 is missing (the next record is 6)' });
  });

  it('detects a removed first record', async () => {
    expect(await verifyChain(chain(3).slice(1))).toMatchObject({ ok: false, checked: 0, firstBrokenId: 1 });
  });

  it('detects reordered and duplicated records', async () => {
    const events = chain(6);
    [events[2], events[3]] = [events[3]!, events[2]!];
    expect(await verifyChain(events)).toMatchObject({ ok: false, firstBrokenId: 3 });
    const twice = chain(4);
    twice.splice(2, 0, twice[1]!);
    expect(await verifyChain(twice)).toMatchObject({ ok: false, checked: 2, firstBrokenId: 3, reason: expect.stringContaining('reordered or duplicated') });
  });

  it('detects records renumbered to close a gap', async () => {
    const events = chain(5);
    events.splice(2, 1);
    const renumbered = events.map((e, i) => ({ ...e, id: i + 1 }));
    expect(await verifyChain(renumbered)).toMatchObject({ ok: false, firstBrokenId: 3 });
  });

  it('detects a record 1 that does not start from the genesis hash', async () => {
    const [first] = linkRecords({ id: 0, hash: sha256('elsewhere') }, [auditRecord(1)]);
    expect(await verifyChain([first!])).toMatchObject({ ok: false, firstBrokenId: 1, reason: expect.stringContaining('genesis') });
  });

  it('cannot see a removed tail on its own, but can against an anchor', async () => {
    const events = chain(8);
    const anchor = { id: 8, hash: events[7]!.hash };
    const truncated = events.slice(0, 5);
    expect(await verifyChain(truncated)).toMatchObject({ ok: true, checked: 5 });
    expect(await verifyChain(truncated, { anchors: [anchor] })).toMatchObject({ ok: false, checked: 5, firstBrokenId: 6, reason: expect.stringContaining('anchor') });
    expect(await verifyChain(events, { anchors: [anchor] })).toMatchObject({ ok: true, checked: 8 });
    // Records appended after the anchor was taken are fine.
    expect(await verifyChain(events, { anchors: [{ id: 4, hash: events[3]!.hash }] })).toMatchObject({ ok: true, checked: 8 });
  });

  it('cannot see a tail rewritten and re-hashed on its own, but can against an anchor inside it', async () => {
    const events = chain(6);
    const anchor = { id: 5, hash: events[4]!.hash };
    const rewritten = [...events.slice(0, 3), ...linkRecords({ id: 3, hash: events[2]!.hash }, [auditRecord(40), auditRecord(41), auditRecord(42)])];
    expect(await verifyChain(rewritten)).toMatchObject({ ok: true, checked: 6 });
    expect(await verifyChain(rewritten, { anchors: [anchor] })).toMatchObject({ ok: false, checked: 4, firstBrokenId: 5, reason: expect.stringContaining('rewritten') });
  });
});
