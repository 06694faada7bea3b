import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUnits } from '../../subgraphs/admin-units/index.js';
import { createTestDatabase, type TestDatabase } from '../../subgraphs/kit/testing/test-database.js';
import { incidents } from '../support/incidents-sector.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

const QUERY = `query($period: PeriodInput!) {
  unit(code: "51", asOf: "2024-06-30") { children { code incidents { indicators(period: $period) { code value } } } }
}`;

/** A gateway over admin units and a small sector whose subgraphs allow `maxAge` seconds of reuse. */
function hubWithCache(maxAge: number) {
  const databases: TestDatabase[] = [];
  let running: TestHub | undefined;
  beforeAll(async () => {
    for (const definition of [adminUnits, incidents]) databases.push(await createTestDatabase('pglite', definition));
    running = await startTestHub(
      [adminUnits, incidents].map((definition, i) => ({ definition, db: databases[i]!.db })),
      { cacheMaxAgeSeconds: maxAge },
    );
  }, 120_000);
  afterAll(async () => {
    await running?.stop();
    for (const d of databases) await d.drop();
  });
  return {
    databases,
    hub: {
      query: (...args: Parameters<TestHub['query']>) => running!.query(...args),
      headers: (...args: Parameters<TestHub['headers']>) => running!.headers(...args),
      get url() {
        return running!.gateway.url;
      },
    },
    statements: () => databases.reduce((n, d) => n + d.statements.length, 0),
  };
}

describe('gateway response cache', () => {
  const { databases, hub, statements } = hubWithCache(30);

  it('answers a repeated overview from the cache without touching the databases', async () => {
    const period = { from: '2024-01-01', to: '2024-12-31' };
    for (const d of databases) d.statements.length = 0;
    const first = await hub.query(QUERY, { period });
    const afterFirst = statements();
    const second = await hub.query(QUERY, { period });
    expect(first.errors).toBeUndefined();
    expect(afterFirst).toBeGreaterThan(0);
    expect(statements()).toBe(afterFirst);
    expect(second.data).toEqual(first.data);
    // Other variables are another entry.
    await hub.query(QUERY, { period: { from: '2023-01-01', to: '2023-12-31' } });
    expect(statements()).toBeGreaterThan(afterFirst);
  });

  it('answers a hit like a fresh answer: same body and cache policy, its age, the request id', async () => {
    const post = (headers: Record<string, string> = {}) =>
      fetch(hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...hub.headers(), ...headers },
        body: JSON.stringify({ query: QUERY, variables: { period: { from: '2022-01-01', to: '2022-12-31' } } }),
      });
    const first = await post();
    const afterFirst = statements();
    const second = await post({ 'x-request-id': 'audit-hit-1' });
    expect(first.headers.get('age')).toBeNull();
    expect(second.headers.get('age')).toMatch(/^\d+$/);
    expect(second.headers.get('x-request-id')).toBe('audit-hit-1');
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(second.headers.get('cache-control')).toBe(first.headers.get('cache-control'));
    expect(first.headers.get('cache-control')).toMatch(/max-age=30/);
    expect(await second.text()).toBe(await first.text());
    // The Apollo path (here: another Accept) reuses the same entry and keeps its own content type.
    const negotiated = await post({ accept: 'application/graphql-response+json' });
    expect(negotiated.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(negotiated.headers.get('age')).toMatch(/^\d+$/);
    expect(((await negotiated.json()) as { data: unknown }).data).toBeTruthy();
    expect(statements()).toBe(afterFirst);
  });

  it('never stores an answer with errors', async () => {
    const bad = '{ unit(code: "5x") { code } }';
    const a = await hub.query(bad);
    const b = await hub.query(bad);
    expect(a.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(b.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('gateway response cache expiry', () => {
  const { hub, statements } = hubWithCache(1);

  it('asks the subgraphs again once the shortest max-age has passed', async () => {
    const period = { from: '2024-01-01', to: '2024-12-31' };
    await hub.query(QUERY, { period });
    const afterFirst = statements();
    await hub.query(QUERY, { period });
    expect(statements()).toBe(afterFirst);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    await hub.query(QUERY, { period });
    expect(statements()).toBeGreaterThan(afterFirst);
  });
});
