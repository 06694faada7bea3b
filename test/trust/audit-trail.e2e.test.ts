import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUnits } from '../../subgraphs/admin-units/index.js';
import { createTestDatabase, type TestDatabase } from '../../subgraphs/kit/testing/test-database.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

type Events = { auditEvents: { nodes: Array<{ id: string; requestId: string; outcome: string; errorCodes: string[]; cached: boolean; callerId: string | null; role: string | null }> } };

const VERIFY = join(import.meta.dirname, '..', '..', 'scripts', 'audit-verify.ts');
const verifyExport = (path: string) =>
  new Promise<{ code: number; stdout: string }>((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', VERIFY, path], (error, stdout) => resolve({ code: error ? Number(error.code) : 0, stdout }));
  });

/** Every request that reaches the gateway leaves one hash-chained record, whatever answers it. */
describe('the audit trail', () => {
  let database: TestDatabase;
  let hub: TestHub;
  let dir: string;

  beforeAll(async () => {
    database = await createTestDatabase('pglite', adminUnits);
    hub = await startTestHub([{ definition: adminUnits, db: database.db }], {
      cacheMaxAgeSeconds: 60,
      env: { AUDIT_TIMEOUT_MS: '500', LIMITS: JSON.stringify({ defaults: { maxDepth: 6 } }) },
    });
    dir = await mkdtemp(join(tmpdir(), 'ioc-audit-'));
  }, 180_000);
  afterAll(async () => {
    await hub?.stop();
    await database?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  const eventOf = async (requestId: string) => {
    const res = await hub.query<Events>('{ auditEvents(first: 500) { nodes { id requestId outcome errorCodes cached callerId role } } }', undefined, { as: 'auditor' });
    expect(res.errors).toBeUndefined();
    return res.data!.auditEvents.nodes.filter((e) => e.requestId === requestId);
  };
  const send = (requestId: string, query: string, options: Parameters<TestHub['query']>[2] = {}) =>
    hub.query(query, undefined, { ...options, headers: { 'x-request-id': requestId, ...options.headers } });

  it('records answered, refused, unauthenticated and cached requests alike, once each', async () => {
    const cases: Array<[string, () => Promise<unknown>, Record<string, unknown>]> = [
      ['ok-1', () => send('ok-1', '{ unit(code: "51") { name } }'), { outcome: 'OK', cached: false, role: 'province' }],
      ['cached-1', () => send('cached-1', '{ unit(code: "51") { name } }'), { outcome: 'OK', cached: true, role: 'province' }],
      ['anon-1', () => send('anon-1', '{ unit(code: "51") { name } }', { as: null }), { outcome: 'UNAUTHENTICATED', errorCodes: ['UNAUTHENTICATED'], callerId: null }],
      [
        'deep-1',
        () => send('deep-1', '{ unit(code: "51") { children { children { children { children { children { children { code } } } } } } } }'),
        { outcome: 'REFUSED', errorCodes: ['QUERY_TOO_DEEP'] },
      ],
      ['invalid-1', () => send('invalid-1', '{ unit(code: "51") { nope } }'), { outcome: 'REFUSED', errorCodes: ['GRAPHQL_VALIDATION_FAILED'] }],
      ['introspect-1', () => send('introspect-1', '{ __schema { types { name } } }', { as: 'local' }), { outcome: 'REFUSED', errorCodes: ['INTROSPECTION_FORBIDDEN'] }],
      ['denied-1', () => send('denied-1', '{ auditIntegrity { ok } }', { as: 'province' }), { outcome: 'REFUSED', errorCodes: ['FORBIDDEN'] }],
    ];
    for (const [, run] of cases) await run();
    for (const [requestId, , expected] of cases) {
      const events = await eventOf(requestId);
      expect(events, requestId).toHaveLength(1);
      expect(events[0], requestId).toMatchObject(expected);
    }
  });

  it('finds records by caller, outcome and time, newest first, page by page', async () => {
    const refused = await hub.query<Events>('{ auditEvents(filter: { outcome: REFUSED }, first: 2) { nodes { id outcome } pageInfo { hasNextPage endCursor } } }', undefined, {
      as: 'auditor',
    });
    const page = refused.data as unknown as { auditEvents: { nodes: Array<{ id: string; outcome: string }>; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    expect(page.auditEvents.nodes).toHaveLength(2);
    expect(page.auditEvents.nodes.every((e) => e.outcome === 'REFUSED')).toBe(true);
    expect(Number(page.auditEvents.nodes[0]!.id)).toBeGreaterThan(Number(page.auditEvents.nodes[1]!.id));
    expect(page.auditEvents.pageInfo.hasNextPage).toBe(true);
    const next = await hub.query<Events>(`{ auditEvents(filter: { outcome: REFUSED }, first: 2, after: "${page.auditEvents.pageInfo.endCursor}") { nodes { id } } }`, undefined, {
      as: 'auditor',
    });
    expect(Number(next.data!.auditEvents.nodes[0]!.id)).toBeLessThan(Number(page.auditEvents.nodes[1]!.id));
    const anonymous = await hub.query<Events>('{ auditEvents(filter: { unauthenticated: true, from: "2020-01-01T00:00:00Z" }) { nodes { callerId outcome } } }', undefined, {
      as: 'auditor',
    });
    expect(anonymous.data!.auditEvents.nodes.length).toBeGreaterThan(0);
    expect(anonymous.data!.auditEvents.nodes.every((e) => e.callerId === null && e.outcome === 'UNAUTHENTICATED')).toBe(true);
  });

  it('exports a log that audit:verify accepts offline, to auditors only', async () => {
    const base = hub.gateway.url.replace(/\/graphql$/, '');
    const denied = await fetch(`${base}/audit/export`, { headers: hub.headers('province') });
    expect(denied.status).toBe(403);
    const res = await fetch(`${base}/audit/export`, { headers: hub.headers('auditor') });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text.split('\n').filter(Boolean).length).toBeGreaterThan(5);
    await writeFile(join(dir, 'audit.jsonl'), text);
    const verdict = await verifyExport(join(dir, 'audit.jsonl'));
    expect(verdict.stdout).toMatch(/^audit log OK: \d+ records/);
    expect(verdict.code).toBe(0);
  });

  it('reports integrity, and the first broken record once a record is edited in the database', async () => {
    const before = await hub.query<{ auditIntegrity: { ok: boolean; checked: number; firstBrokenId: string | null } }>('{ auditIntegrity { ok checked firstBrokenId } }', undefined, {
      as: 'auditor',
    });
    expect(before.data!.auditIntegrity).toMatchObject({ ok: true, firstBrokenId: null });
    expect(before.data!.auditIntegrity.checked).toBeGreaterThan(5);
    // Someone with the database's superuser rewrites who asked, behind the append-only triggers.
    await hub.auditDatabase.db.knex.transaction(async (trx) => {
      await trx.raw('set local session_replication_role = replica');
      await trx('audit_event').where('id', 3).update({ caller_id: 'someone-else' });
    });
    const after = await hub.query<{ auditIntegrity: { ok: boolean; firstBrokenId: string | null } }>('{ auditIntegrity { ok firstBrokenId } }', undefined, { as: 'auditor' });
    expect(after.data!.auditIntegrity).toEqual({ ok: false, firstBrokenId: '3' });
  });

  it('fails closed within a second when the audit store is gone: no answer without its record', async () => {
    await hub.subgraphs.get('audit')!.stop();
    const started = performance.now();
    const res = await hub.query('{ unit(code: "51") { code } }');
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(res.status).toBe(503);
    expect(res.errors?.[0]?.extensions?.code).toBe('AUDIT_UNAVAILABLE');
    expect(res.data).toBeUndefined();
    // Cached answers too.
    const cached = await hub.query('{ unit(code: "51") { name } }');
    expect(cached.status).toBe(503);
  });
});
