import type { Knex } from 'knex';
import type { HubMetrics } from '../../../lib/metrics.js';

interface PoolStats {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

/** The database pool's connections in use, idle, and requests waiting for one (a server database; PGlite has no pool). */
export function countPool(metrics: HubMetrics, knex: Knex): void {
  const pool = (knex.client as { pool?: Partial<PoolStats> }).pool;
  metrics.gauge('ioc_hub_db_pool_connections', "The sector database pool's connections by state (used, free, pending).", ['state'], (set) => {
    if (!pool?.numUsed || !pool.numFree || !pool.numPendingAcquires) return;
    set({ state: 'used' }, pool.numUsed());
    set({ state: 'free' }, pool.numFree());
    set({ state: 'pending' }, pool.numPendingAcquires());
  });
}
