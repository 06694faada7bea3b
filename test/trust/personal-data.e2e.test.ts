import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subjectHash } from '../../lib/audit/subject-hash.js';
import { adminUnits } from '../../subgraphs/admin-units/index.js';
import { TEST_SUBJECT_KEY } from '../../subgraphs/kit/testing/test-credentials.js';
import { createTestDatabase, type TestDatabase } from '../../subgraphs/kit/testing/test-database.js';
import { incidents } from '../support/incidents-sector.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

const REPORTERS = `query Reporters { unit(code: "524", asOf: "2024-06-30") { incidents { incidents(first: 5) { nodes { id reporter } } } } }`;

type Answer = { unit: { incidents: { incidents: { nodes: Array<{ id: string; reporter: string | null }> } } } };
type AuditAnswer = { auditEvents: { nodes: Array<{ callerId: string; purpose: string | null; subjects: string[]; cached: boolean; outcome: string; operationName: string | null }> } };

/** Personal data leaves only with a permission and a declared purpose, and the audit trail knows whose. */
describe('personal data', () => {
  const databases: TestDatabase[] = [];
  let hub: TestHub;

  beforeAll(async () => {
    for (const definition of [adminUnits, incidents]) databases.push(await createTestDatabase('pglite', definition));
    // Cached answers too: personal ones must never reach another caller from the cache.
    hub = await startTestHub([adminUnits, incidents].map((definition, i) => ({ definition, db: databases[i]!.db })), { cacheMaxAgeSeconds: 60 });
  }, 180_000);
  afterAll(async () => {
    await hub?.stop();
    for (const d of databases) await d.drop();
  });

  const auditFor = async (callerId: string) =>
    (await hub.query<AuditAnswer>(`{ auditEvents(first: 5, filter: { callerId: "${callerId}", operationName: "Reporters" }) { nodes { callerId purpose subjects cached outcome operationName } } }`, undefined, { as: 'auditor' })).data!
      .auditEvents.nodes;
  const idOf = (key: string) => key.split('_')[1]!;

  it('withholds reporters without pii:read, and without a purpose, field by field, with FORBIDDEN', async () => {
    for (const [as, purpose] of [
      ['province', 'HS-2024-001'],
      ['local', undefined],
      ['localPii', undefined],
      ['developer', 'HS-2024-001'],
    ] as const) {
      const res = await hub.query<Answer>(REPORTERS, undefined, { as, ...(purpose ? { purpose } : {}) });
      if (as === 'developer') {
        // A developer sees no records at all: the list itself is refused.
        expect(res.data!.unit.incidents.incidents).toBeNull();
        expect(res.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
        continue;
      }
      const nodes = res.data!.unit.incidents.incidents.nodes;
      expect(nodes.length, as).toBe(5);
      expect(nodes.every((n) => n.reporter === null && n.id)).toBe(true);
      expect(res.errors!.map((e) => e.extensions?.code)).toEqual(Array(5).fill('FORBIDDEN'));
      expect(res.errors![0]!.message).toMatch(as === 'localPii' ? /purpose/ : /pii:read/);
    }
  });

  it('gives reporters with pii:read and a purpose, records the purpose and whose data left', async () => {
    const purpose = 'Hồ sơ thanh tra số 12/2026';
    const res = await hub.query<Answer>(REPORTERS, undefined, { as: 'localPii', purpose });
    expect(res.errors).toBeUndefined();
    const ids = res.data!.unit.incidents.incidents.nodes.map((n) => n.reporter!);
    expect(ids).toHaveLength(5);
    expect(ids.every(Boolean)).toBe(true);

    const [record] = await auditFor(idOf(hub.keys.localPii));
    expect(record).toMatchObject({ purpose, outcome: 'OK', cached: false });
    const hashes = ids.map((id) => subjectHash(Buffer.from(TEST_SUBJECT_KEY, 'hex'), id));
    expect(record!.subjects).toEqual(expect.arrayContaining(hashes));
    // The identifier itself is nowhere in the trail.
    expect(JSON.stringify(record)).not.toContain(ids[0]);

    // "Who read this person's data?": by the identifier, which is hashed, not stored.
    const bySubject = await hub.query<AuditAnswer>(`query($s: String!) { auditEvents(filter: { subject: $s }) { nodes { callerId purpose } } }`, { s: ids[0] }, { as: 'auditor' });
    expect(bySubject.data!.auditEvents.nodes).toContainEqual({ callerId: idOf(hub.keys.localPii), purpose });
  });

  it('never answers another caller with a personal answer from the cache, nor the same caller for another purpose', async () => {
    const first = await hub.query<Answer>(REPORTERS, undefined, { as: 'department', purpose: 'HS-1' });
    expect(first.errors).toBeUndefined();
    const again = await hub.query<Answer>(REPORTERS, undefined, { as: 'department', purpose: 'HS-1' });
    expect(again.data).toEqual(first.data);
    const otherPurpose = await hub.query<Answer>(REPORTERS, undefined, { as: 'department', purpose: 'HS-2' });
    // Same scopes and area, another caller: fresh from the subgraphs, never the department's answer.
    const other = await hub.query<Answer>(REPORTERS, undefined, { as: 'localPii', purpose: 'HS-1' });
    expect(other.errors).toBeUndefined();
    expect(otherPurpose.data).toEqual(first.data);

    const department = await auditFor(idOf(hub.keys.department));
    expect(department.map((r) => [r.purpose, r.cached])).toEqual([
      ['HS-2', false],
      ['HS-1', true],
      ['HS-1', false],
    ]);
    const local = await auditFor(idOf(hub.keys.localPii));
    expect(local[0], JSON.stringify(local)).toMatchObject({ purpose: 'HS-1', cached: false });
  });

  it('marks personal fields in the schema, visibly', async () => {
    const res = await hub.query<{ __type: { fields: Array<{ name: string; description: string }> } }>(
      '{ __type(name: "Incident") { fields { name description } } }',
      undefined,
      { as: 'developer' },
    );
    const reporter = res.data!.__type.fields.find((f) => f.name === 'reporter')!;
    expect(reporter.description).toMatch(/cá nhân/i);
  });
});
