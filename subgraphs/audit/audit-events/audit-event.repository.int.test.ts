import type { Knex } from 'knex';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseAuditEvent } from '../../../lib/audit/audit-jsonl.js';
import type { AuditEvent, AuditRecordInput } from '../../../lib/audit/audit-record.js';
import { EMPTY_HEAD, GENESIS_HASH, linkRecords, verifyChain } from '../../../lib/audit/chain.js';
import { subjectHash } from '../../../lib/audit/subject-hash.js';
import { createAuditTestDatabase, type AuditTestDatabase } from '../../../test/support/audit-database.js';
import { auditRecord } from '../../../test/support/audit-records.js';
import { testDatabaseKinds } from '../../kit/testing/test-database.js';
import { AuditEventRepository } from './audit-event.repository.js';

const KEY = 'test-subject-key-of-at-least-32-bytes';
const ALICE = subjectHash(KEY, '079203000123');
const BOB = subjectHash(KEY, '001099000456');

type Kind = (typeof testDatabaseKinds)[number];
const kinds = testDatabaseKinds.filter((k): k is Exclude<Kind, 'mssql'> => k !== 'mssql');

/** Runs statements with the append-only triggers skipped, as a superuser could. */
async function asSuperuser(knex: Knex, change: (trx: Knex.Transaction) => Promise<unknown>): Promise<void> {
  await knex.transaction(async (trx) => {
    await trx.raw('set local session_replication_role = replica');
    await change(trx);
  });
}

/** Counts the statements `run` sends. */
async function statementsOf(knex: Knex, run: () => Promise<unknown>): Promise<string[]> {
  const sql: string[] = [];
  const listener = (q: { sql: string }) => sql.push(q.sql);
  knex.on('query', listener);
  try {
    await run();
  } finally {
    knex.off('query', listener);
  }
  return sql;
}

const batch = (from: number, count: number, overrides: (n: number) => Partial<AuditRecordInput> = () => ({})) =>
  Array.from({ length: count }, (_, i) => auditRecord(from + i, overrides(from + i)));

describe.each(kinds)('audit event repository on %s', (kind) => {
  // One database for the suite (a PGlite cluster takes seconds to build), emptied between tests.
  let store: AuditTestDatabase;
  let repo: AuditEventRepository;
  beforeAll(async () => {
    store = await createAuditTestDatabase(kind);
    repo = new AuditEventRepository(store.db);
  });
  afterAll(() => store?.drop());

  describe('an appended log', () => {
    const appended: AuditEvent[] = [];

    beforeAll(async () => {
      await store.reset();
      expect(await repo.head()).toEqual(EMPTY_HEAD);
      expect(await repo.verify()).toMatchObject({ ok: true, checked: 0 });
      // Five batches of different sizes and shapes.
      appended.push(...(await repo.append([auditRecord(1, { subjects: [ALICE], units: ['51001', '51'] })])));
      appended.push(
        ...(await repo.append(
          batch(2, 50, (n) => ({
            callerId: n % 2 ? 'key-local-7' : 'key-province-1',
            role: n % 2 ? 'local' : 'province',
            area: n % 2 ? ['51003'] : [],
            units: n % 5 === 0 ? ['51003', '51003001'] : ['51'],
            subjects: n % 10 === 0 ? [BOB, ALICE] : [],
            outcome: n % 7 === 0 ? 'REFUSED' : 'OK',
            errorCodes: n % 7 === 0 ? ['FORBIDDEN'] : [],
          })),
        )),
      );
      appended.push(
        ...(await repo.append([
          auditRecord(52, { callerId: null, role: null, outcome: 'UNAUTHENTICATED', operationName: null, operationType: null, documentHash: null, units: [], subgraphs: [] }),
          auditRecord(53, { cached: true, purpose: 'Công văn 12/2026 "khẩn"', operationName: 'DossierList', subjects: [BOB] }),
        ])),
      );
      appended.push(...(await repo.append([])));
      appended.push(...(await repo.append(batch(54, 7, () => ({ outcome: 'PARTIAL', errorCodes: ['SUBGRAPH_UNAVAILABLE', 'SUBGRAPH_UNAVAILABLE'] })))));
    });

    const newestFirst = () => [...appended].reverse();
    const ids = (events: readonly AuditEvent[]) => events.map((e) => e.id);

    it('numbers records 1, 2, 3… across batches, linked from the genesis hash', async () => {
      expect(ids(appended)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
      expect(appended[0]!.prevHash).toBe(GENESIS_HASH);
      expect(await verifyChain(appended)).toMatchObject({ ok: true, checked: 60 });
      expect(await repo.head()).toEqual({ id: 60, hash: appended[59]!.hash });
    });

    it('stores every field exactly as hashed, lists in order', async () => {
      const { events } = await repo.find({}, { first: 1000 });
      expect(events).toEqual(newestFirst());
      expect(events.find((e) => e.id === 10)!.subjects).toEqual([BOB, ALICE]);
      expect(events.find((e) => e.id === 1)!.units).toEqual(['51001', '51']);
    });

    it('verifies in batches of any size', async () => {
      for (const batchSize of [1, 7, 60, 1000]) {
        expect(await repo.verify({ batchSize })).toEqual({ ok: true, checked: 60, firstBrokenId: null, reason: null, head: { id: 60, hash: appended[59]!.hash } });
      }
    });

    it('filters by caller (null for unauthenticated), operation, outcome, unit, subject and time', async () => {
      // Every filter counts (a connection's totalCount) exactly what it lists.
      const find = async (filter: Parameters<AuditEventRepository['find']>[0]) => {
        const found = ids((await repo.find(filter, { first: 1000 })).events);
        expect(await repo.count(filter)).toBe(found.length);
        return found;
      };
      const expected = (keep: (e: AuditEvent) => boolean) => ids(newestFirst().filter(keep));
      expect(await find({ callerId: 'key-local-7' })).toEqual(expected((e) => e.callerId === 'key-local-7'));
      expect(await find({ callerId: null })).toEqual([52]);
      expect(await find({ operationName: 'DossierList' })).toEqual([53]);
      expect(await find({ outcome: 'REFUSED' })).toEqual(expected((e) => e.outcome === 'REFUSED'));
      expect(await find({ outcome: 'PARTIAL' })).toEqual([60, 59, 58, 57, 56, 55, 54]);
      expect(await find({ unit: '51003001' })).toEqual(expected((e) => e.units.includes('51003001')));
      expect(await find({ unit: ['51001', '51003001'] })).toEqual(expected((e) => e.units.includes('51001') || e.units.includes('51003001')));
      expect(await find({ unit: [] })).toEqual([]);
      expect(await find({ subject: ALICE })).toEqual([50, 40, 30, 20, 10, 1]);
      expect(await find({ subject: BOB })).toEqual([53, 50, 40, 30, 20, 10]);
      expect(await find({ subject: subjectHash(KEY, '0') })).toEqual([]);
      const from = appended[9]!.at;
      const to = appended[19]!.at;
      expect(await find({ from, to })).toEqual(ids(newestFirst().filter((e) => e.id >= 10 && e.id < 20)));
      expect(await find({ subject: BOB, callerId: 'key-province-1', from })).toEqual([53, 50, 40, 30, 20, 10]);
      expect(await find({ subject: BOB, outcome: 'REFUSED' })).toEqual([]);
    });

    it('pages newest first with `after`, and says when more exist', async () => {
      const seen: number[] = [];
      let after: number | undefined;
      for (;;) {
        const page = await repo.find({ callerId: 'key-province-1' }, { first: 8, after });
        seen.push(...ids(page.events));
        if (!page.hasMore) break;
        expect(page.events).toHaveLength(8);
        after = page.events.at(-1)!.id;
      }
      expect(seen).toEqual(ids(newestFirst().filter((e) => e.callerId === 'key-province-1')));
      expect(await repo.find({}, { first: 60 })).toMatchObject({ hasMore: false });
      expect(await repo.find({}, { first: 59 })).toMatchObject({ hasMore: true });
      await expect(repo.find({}, { first: 0 })).rejects.toThrow(RangeError);
    });

    it('reads a page in two statements, whatever its size', async () => {
      expect(await statementsOf(store.db.knex, () => repo.find({ subject: BOB, unit: '51003' }, { first: 1000 }))).toHaveLength(2);
      expect(await statementsOf(store.db.knex, () => repo.find({ callerId: 'nobody' }, { first: 10 }))).toHaveLength(1);
    });

    it('exports JSON Lines in id order that verify on their own', async () => {
      const lines: string[] = [];
      const result = await repo.exportJsonl((line) => void lines.push(line), { batchSize: 9 });
      expect(result).toEqual({ records: 60, head: { id: 60, hash: appended[59]!.hash } });
      expect(lines.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
      const parsed = lines.map((l) => parseAuditEvent(l.trimEnd()));
      expect(parsed).toEqual(appended);
      expect(await verifyChain(parsed)).toMatchObject({ ok: true, checked: 60 });
    });

    it('refuses UPDATE, DELETE and TRUNCATE on the log and moving the head back', async () => {
      const { knex } = store.db;
      await expect(knex('audit_event').where('id', 3).update({ outcome: 'OK' })).rejects.toThrow(/append-only: UPDATE on audit_event/);
      await expect(knex('audit_event').where('id', 60).del()).rejects.toThrow(/append-only: DELETE on audit_event/);
      await expect(knex('audit_event_subject').where('event_id', 1).del()).rejects.toThrow(/append-only/);
      await expect(knex('audit_event_unit').where('event_id', 1).update({ unit_code: '99' })).rejects.toThrow(/append-only/);
      await expect(knex.raw('truncate audit_event_unit')).rejects.toThrow(/append-only/);
      await expect(knex('audit_chain_head').update({ last_id: 10 })).rejects.toThrow(/only moves forward/);
      await expect(knex('audit_chain_head').del()).rejects.toThrow(/only moves forward/);
      expect(await repo.verify()).toMatchObject({ ok: true, checked: 60 });
    });
  });

  describe('append', () => {
    beforeEach(async () => {
      await store.reset();
      // A fresh writer: one that wrote before the reset would first find the head moved.
      repo = new AuditEventRepository(store.db);
    });

    it('takes a handful of statements whatever the batch size', async () => {
      const records = batch(1, 500, (n) => ({ units: ['51', `51${n}`], subjects: [ALICE, BOB] }));
      const statements = await statementsOf(store.db.knex, () => repo.append(records));
      expect(statements.filter((s) => /^insert/i.test(s))).toHaveLength(3);
      expect(statements.length).toBeLessThanOrEqual(7);
      expect(statements.find((s) => /audit_chain_head/.test(s) && /^select/i.test(s))).toMatch(/for update/i);
      expect(await repo.verify()).toMatchObject({ ok: true, checked: 500 });
    });

    it('stores what the database can hold: NUL and lone surrogates replaced, long text cut, still verifiable', async () => {
      const [event] = await repo.append([auditRecord(1, { purpose: 'a\u0000b\uD800c', operationName: 'Q'.repeat(500), area: ['5'.repeat(30)] })]);
      expect(event).toMatchObject({ purpose: 'a\uFFFDb\uFFFDc', operationName: 'Q'.repeat(200), area: ['5'.repeat(20)] });
      expect((await repo.find({}, { first: 1 })).events).toEqual([event]);
      expect(await repo.verify()).toMatchObject({ ok: true, checked: 1 });
    });

    it('rejects a malformed record and writes nothing of its batch', async () => {
      await repo.append([auditRecord(1)]);
      const head = await repo.head();
      const bad = { ...auditRecord(3), documentHash: 'not-a-hash' };
      await expect(repo.append([auditRecord(2), bad])).rejects.toThrow(/record 1 of the batch: documentHash/);
      await expect(repo.append([{ ...auditRecord(2), subjects: ['079203000123'] }])).rejects.toThrow(/subjects/);
      expect(await repo.head()).toEqual(head);
      expect((await repo.find({}, { first: 10 })).events).toHaveLength(1);
    });

    it('goes on from its own head in one statement, and takes the locking path again when another writer moved it', async () => {
      await repo.append(batch(1, 3));
      const one = await statementsOf(store.db.knex, () => repo.append(batch(4, 200, (n) => ({ units: ['51'], subjects: n % 2 ? [ALICE] : [] }))));
      expect(one).toHaveLength(1);
      expect(one[0]).toMatch(/^with moved as \(update audit_chain_head/);
      await new AuditEventRepository(store.open()).append(batch(204, 2));
      const again = await statementsOf(store.db.knex, () => repo.append(batch(206, 2)));
      expect(again.length).toBeGreaterThan(1);
      expect(await repo.verify()).toMatchObject({ ok: true, checked: 207 });
      expect((await repo.find({ subject: ALICE }, { first: 1000 })).events).toHaveLength(100);
    });

    it('keeps one chain under concurrent appends from two writers', async () => {
      const writers = [store.db, store.open()].map((db) => new AuditEventRepository(db));
      await Promise.all(
        writers.flatMap((writer, w) => Array.from({ length: 15 }, (_, i) => writer.append(batch(1000 * w + 10 * i, 1 + (i % 4)))))
      );
      const total = 2 * [0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2].reduce((sum, i) => sum + 1 + i, 0);
      expect(await repo.verify({ batchSize: 10 })).toMatchObject({ ok: true, checked: total });
      expect((await repo.head()).id).toBe(total);
    });

    describe('tampering behind the triggers is found', () => {
      beforeEach(async () => {
        await repo.append(batch(1, 10, (n) => ({ subjects: n === 4 ? [ALICE, BOB] : [], units: ['51', '51003'] })));
      });

      it('an edited field, at that record', async () => {
        await asSuperuser(store.db.knex, (trx) => trx('audit_event').where('id', 6).update({ caller_id: 'someone-else' }));
        expect(await repo.verify()).toMatchObject({ ok: false, checked: 5, firstBrokenId: 6, reason: expect.stringContaining('does not match its hash') });
      });

      it('a subject removed from a record, at that record', async () => {
        await asSuperuser(store.db.knex, (trx) => trx('audit_event_subject').where({ event_id: 4, subject: ALICE }).del());
        expect(await repo.verify({ batchSize: 3 })).toMatchObject({ ok: false, firstBrokenId: 4 });
      });

      it('a deleted record in the middle, naming its id', async () => {
        await asSuperuser(store.db.knex, async (trx) => {
          await trx('audit_event_unit').where('event_id', 5).del();
          await trx('audit_event').where('id', 5).del();
        });
        expect(await repo.verify()).toMatchObject({ ok: false, checked: 4, firstBrokenId: 5, reason: expect.stringContaining('missing') });
      });

      it('a deleted tail, against the head row; with the head row moved back too, only against an anchor', async () => {
        const anchor = await repo.head();
        await asSuperuser(store.db.knex, async (trx) => {
          await trx('audit_event_unit').where('event_id', '>', 8).del();
          await trx('audit_event').where('id', '>', 8).del();
        });
        expect(await repo.verify()).toMatchObject({ ok: false, checked: 8, firstBrokenId: 9 });
        const [eight] = (await repo.find({}, { first: 1 })).events;
        await asSuperuser(store.db.knex, (trx) => trx('audit_chain_head').update({ last_id: 8, last_hash: eight!.hash }));
        expect(await repo.verify()).toMatchObject({ ok: true, checked: 8 });
        expect(await repo.verify({ anchors: [anchor] })).toMatchObject({ ok: false, checked: 8, firstBrokenId: 9 });
      });

      it('a record inserted around append, past the head', async () => {
        const head = await repo.head();
        const [forged] = linkRecords(head, [auditRecord(99)]);
        await store.db.knex('audit_event').insert({
          id: forged!.id, at: forged!.at.toISOString(), request_id: forged!.requestId, caller_id: forged!.callerId, role: forged!.role,
          area: '[]', purpose: null, operation_name: forged!.operationName, operation_type: forged!.operationType,
          document_hash: forged!.documentHash, variables_hash: forged!.variablesHash, subgraphs: JSON.stringify(forged!.subgraphs),
          outcome: forged!.outcome, error_codes: '[]', cached: false, duration_ms: forged!.durationMs, response_hash: forged!.responseHash,
          response_bytes: forged!.responseBytes, prev_hash: forged!.prevHash, hash: forged!.hash,
        });
        await store.db.knex('audit_event_unit').insert({ event_id: 11, position: 0, unit_code: '51' });
        expect(await repo.verify()).toMatchObject({ ok: false, checked: 10, firstBrokenId: 11, reason: expect.stringContaining('past the chain head') });
        // The next honest append collides with it: the hub fails closed rather than forking the chain.
        await expect(repo.append([auditRecord(100)])).rejects.toThrow();
      });
    });
  });
});
