/**
 * `npm run bench`: the province overview (13 districts × the sectors' indicators and a page of
 * records each) through a bare @apollo/gateway, Hive Gateway (without and with its response cache)
 * and the hub's gateway (without and with its response cache), on the same subgraph processes and
 * databases, one after the other on this machine.
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
/** The gateways compared, each its own process on the same subgraphs. */
const GATEWAYS = [
  { name: 'bare @apollo/gateway', script: 'bench/bare-apollo-gateway.ts', port: 4201, env: {} },
  { name: 'Hive Gateway', script: 'bench/hive-gateway.ts', port: 4202, env: {} },
  { name: 'Hive Gateway, response cache', script: 'bench/hive-gateway.ts', port: 4203, env: { HIVE_RESPONSE_CACHE: 'on' } },
  { name: 'IOC Hub, RESPONSE_CACHE=off', script: 'gateway/main.ts', port: 4204, env: { RESPONSE_CACHE: 'off' } },
  { name: 'IOC Hub (default)', script: 'gateway/main.ts', port: 4200, env: {} },
] as const;

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

const TYPENAME = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) };

try {
  const urls = await startSubgraphs(group, PORT_OFFSET, 600_000);
  for (const g of GATEWAYS) group.launch(g.name, g.script, { PORT: String(g.port), ...urls, ...g.env });
  for (const g of GATEWAYS) await group.waitForHealth(g.name, `http://127.0.0.1:${g.port}/graphql`, 60_000, TYPENAME);

  const probe = (await (await fetch(`http://127.0.0.1:${GATEWAYS[0].port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json()) as { errors?: unknown };
  if (probe.errors) throw new Error(`the province overview fails: ${JSON.stringify(probe.errors)}`);

  console.log(`\nprovince overview, ${connections} connections, ${seconds} s each, scale ${scale}`);
  const results = new Map<string, LoadResult>();
  for (const g of GATEWAYS) results.set(g.name, await measure(g.name.padEnd(30), `http://127.0.0.1:${g.port}/graphql`));
  const rps = (name: string) => Math.max(1, results.get(name)!.rps);
  const hub = results.get('IOC Hub (default)')!;
  console.log(`\nIOC Hub: ${(hub.rps / rps('bare @apollo/gateway')).toFixed(1)}× bare @apollo/gateway (target ≥ 3×), ` +
    `${(hub.rps / rps('Hive Gateway, response cache')).toFixed(2)}× Hive Gateway with its response cache (target ≥ 1×); ` +
    `warm p95 ${hub.p95} ms (target ≤ 50 ms)`);
} finally {
  await group.stopAll();
}
