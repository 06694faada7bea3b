/**
 * `npm run bench`: the province overview (13 districts × the sectors' indicators and a page of
 * records each) through the hub's gateway and through a bare @apollo/gateway, on the same
 * subgraphs and databases, one after the other on this machine.
 *
 *   npm run bench [-- --seconds 20] [-- --connections 16] [-- --scale 1]
 *
 * Subgraphs run as separate processes on embedded databases in `.data-bench-<scale>/` unless
 * `<SECTOR>_DATABASE_URL` points them at a server (use a PostgreSQL server for real numbers: PGlite
 * runs each query on the subgraph's main thread).
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProcessGroup } from '../scripts/lib/process-group.js';
import { startSubgraphs } from '../scripts/lib/start-subgraphs.js';
import { runLoad, type LoadResult } from './load.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const seconds = Number(option('--seconds', '20'));
const connections = Number(option('--connections', '16'));
const scale = option('--scale', '1');
const PORT_OFFSET = 100;
const HUB_PORT = 4200;
const BARE_PORT = 4201;

const query = readFileSync(join(import.meta.dirname, '..', 'clients', 'queries', 'province-overview.graphql'), 'utf8');
const body = JSON.stringify({ query, variables: { province: '51', asOf: '2024-06-30', period: { from: '2024-01-01', to: '2024-12-31' } } });

const group = new ProcessGroup({ ...process.env, HUB_DATA_DIR: `.data-bench-${scale}`, HUB_SEED_SCALE: scale, HUB_SEED_UNTIL: '2026-10-31', LOG_LEVEL: 'warn' });
group.onUnexpectedExit = (name, code) => console.error(`[${name}] exited with code ${code}`);

async function measure(name: string, url: string): Promise<LoadResult> {
  await runLoad(url, body, connections, Math.min(5, seconds)); // warm-up: plans, caches, JIT
  const result = await runLoad(url, body, connections, seconds);
  console.log(`${name}: ${result.rps} req/s, p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms, ${result.errors} errors`);
  return result;
}

try {
  const urls = await startSubgraphs(group, PORT_OFFSET, 600_000);
  group.launch('hub', 'gateway/main.ts', { PORT: String(HUB_PORT), ...urls });
  group.launch('bare', 'bench/bare-apollo-gateway.ts', { PORT: String(BARE_PORT), ...urls });
  await group.waitForHealth('hub', `http://127.0.0.1:${HUB_PORT}/health`);
  await group.waitForHealth('bare', `http://127.0.0.1:${BARE_PORT}/graphql`, 60_000, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });

  const probe = (await (await fetch(`http://127.0.0.1:${HUB_PORT}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json()) as { errors?: unknown };
  if (probe.errors) throw new Error(`the province overview fails: ${JSON.stringify(probe.errors)}`);

  console.log(`\nprovince overview, ${connections} connections, ${seconds} s each, scale ${scale}`);
  const bare = await measure('bare @apollo/gateway', `http://127.0.0.1:${BARE_PORT}/graphql`);
  const hub = await measure('IOC Hub gateway     ', `http://127.0.0.1:${HUB_PORT}/graphql`);
  console.log(`\nhub / bare: ${(hub.rps / Math.max(1, bare.rps)).toFixed(2)}× the requests per second; warm p95 ${hub.p95} ms (target ≤ 50 ms)`);
} finally {
  await group.stopAll();
}
