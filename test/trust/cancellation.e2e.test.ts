import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUnits } from '../../subgraphs/admin-units/index.js';
import { createTestDatabase, type TestDatabase } from '../../subgraphs/kit/testing/test-database.js';
import { incidents } from '../support/incidents-sector.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

/**
 * A request the gateway gives up on stops in the subgraphs too: the gateway cancels its fetches at
 * the execution timeout, and the subgraph cancels the SQL it was running for it. On PostgreSQL the
 * statement is seen leaving pg_stat_activity while what blocked it is still there.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('cancellation of abandoned requests on PostgreSQL', () => {
  let units: TestDatabase;
  let records: TestDatabase;
  let hub: TestHub;

  beforeAll(async () => {
    units = await createTestDatabase('pglite', adminUnits);
    records = await createTestDatabase('postgres', incidents);
    hub = await startTestHub(
      [
        { definition: adminUnits, db: units.db },
        { definition: incidents, db: records.db },
      ],
      { env: { EXECUTION_TIMEOUT_MS: '500' } },
    );
  }, 180_000);
  afterAll(async () => {
    await hub?.stop();
    await units?.drop();
    await records?.drop();
  });

  /** Statements of the subgraph waiting on a lock in its database. */
  const waiting = async (knex: Knex) => {
    const { rows } = await knex.raw<{ rows: Array<{ n: string }> }>(
      "select count(*) as n from pg_stat_activity where datname = current_database() and state = 'active' and wait_event_type = 'Lock'",
    );
    return Number(rows[0]!.n);
  };

  it('answers EXECUTION_TIMEOUT at the deadline, and the subgraph cancels the statement it was running', async () => {
    const lock = await records.db.knex.transaction();
    try {
      // Another session holds the table, as a long maintenance job would: every read of it waits.
      await lock.raw('lock table "SUCO" in access exclusive mode');
      const started = performance.now();
      const res = await hub.query('{ unit(code: "524", asOf: "2024-06-30") { name incidents { incidents(first: 5) { nodes { id } } } } }');
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(res.data).toEqual({ unit: { name: 'Huyện Bình Sơn', incidents: null } });
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['EXECUTION_TIMEOUT']);
      // The lock is still held: only the cancellation can have ended the waiting statement.
      await expect.poll(() => waiting(records.db.knex), { timeout: 3_000, interval: 100 }).toBe(0);
    } finally {
      await lock.rollback();
    }
    // The subgraph serves the next request as usual.
    const after = await hub.query('{ unit(code: "524", asOf: "2024-06-30") { incidents { incidents(first: 1) { nodes { id } } } } }');
    expect(after.errors).toBeUndefined();
  });
});
