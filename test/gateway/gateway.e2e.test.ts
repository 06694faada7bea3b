import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUnits } from '../../subgraphs/admin-units/index.js';
import { createTestDatabase, type TestDatabase } from '../../subgraphs/kit/testing/test-database.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

/** The real gateway in front of a real admin-units subgraph, over HTTP, as a client sees it. */
describe('gateway with the admin-units subgraph', () => {
  let database: TestDatabase;
  let hub: TestHub;
  const base = () => hub.gateway.url.replace(/\/graphql$/, '');

  beforeAll(async () => {
    database = await createTestDatabase('pglite', adminUnits);
    hub = await startTestHub([{ definition: adminUnits, db: database.db }]);
  });
  afterAll(async () => {
    await hub?.stop();
    await database?.drop();
  });

  it('serves the issue examples through the supergraph', async () => {
    const res = await hub.query<{ before: { children: Array<{ code: string }> }; after: { children: Array<{ code: string }> } }>(
      '{ before: unit(code: "51", asOf: "2024-06-30") { children { code } } after: unit(code: "51") { children { code } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.before.children).toHaveLength(13);
    expect(res.data!.before.children.map((c) => c.code)).toContain('524');
    expect(res.data!.after.children).toHaveLength(96);
  });

  it('passes a subgraph BAD_USER_INPUT through with its code, literal or variable', async () => {
    const literal = await hub.query('{ unit(code: "51", asOf: "2024-13-01") { code } }');
    expect(literal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const variable = await hub.query('query($d: Date) { unit(code: "51", asOf: $d) { code } }', { d: 'yesterday' });
    expect(variable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const code = await hub.query('{ unit(code: "5") { code } }');
    expect(code.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects an operation that does not match the schema with a stable code', async () => {
    const res = await hub.query('{ unit(code: "51") { noSuchField } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers malformed JSON with BAD_REQUEST and no stack trace', async () => {
    const res = await fetch(hub.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...hub.headers() }, body: '{"query": ' });
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(text).not.toMatch(/at \w+ \(|node_modules/);
  });

  it('echoes the request id', async () => {
    const res = await fetch(hub.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'audit-123', ...hub.headers() },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.headers.get('x-request-id')).toBe('audit-123');
  });

  it('reports health and readiness', async () => {
    expect(await (await fetch(`${base()}/health`)).json()).toMatchObject({ status: 'ok' });
    const ready = await fetch(`${base()}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', subgraphs: { 'admin-units': 'up', audit: 'up' } });
  });

  it('serves GraphiQL to a browser from its own assets only', async () => {
    const res = await fetch(hub.gateway.url, { headers: { accept: 'text/html' } });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(html).toContain('GraphiQL');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    const scripts = [...html.matchAll(/src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect((await fetch(new URL(src, hub.gateway.url))).status).toBe(200);
  });

  it('names the missing subgraph when it is down, and readiness says so', async () => {
    await hub.subgraphs.get('admin-units')!.stop();
    const res = await hub.query('{ unit(code: "51") { code } }');
    expect(res.status).toBe(200);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'admin-units' });
    const ready = await fetch(`${base()}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'down', subgraphs: { 'admin-units': 'down', audit: 'up' } });
  });
});
