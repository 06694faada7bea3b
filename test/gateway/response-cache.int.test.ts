import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUnits } from '../../subgraphs/admin-units/index.js';
import { publicServices } from '../../subgraphs/public-services/index.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

const QUERY = `query($period: PeriodInput!) {
  unit(code: "51", asOf: "2024-06-30") { children { code publicServices { indicators(period: $period) { code value } } } }
}`;

describe('gateway response cache', () => {
  const databases: TestDatabase[] = [];
  let hub: TestHub;
  const statements = () => databases.reduce((n, d) => n + d.statements.length, 0);

  beforeAll(async () => {
    for (const definition of [adminUnits, publicServices]) databases.push(await createTestDatabase('pglite', definition));
    hub = await startTestHub(
      [adminUnits, publicServices].map((definition, i) => ({ definition, db: databases[i]!.db })),
      { cacheMaxAgeSeconds: 30 },
    );
  }, 120_000);
  afterAll(async () => {
    await hub?.stop();
    for (const d of databases) await d.drop();
  });

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

  it('never stores an answer with errors', async () => {
    const bad = '{ unit(code: "5x") { code } }';
    const a = await hub.query(bad);
    const b = await hub.query(bad);
    expect(a.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(b.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
