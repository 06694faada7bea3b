/**
 * `npm run bench`: the province overview (13 districts × the sectors' indicators and a page of
 * records each) through a bare @apollo/gateway, Hive Gateway (without and with its response cache)
 * and the hub's gateway (without and with its response cache), on the same subgraph processes and
 * databases, one after the other on this machine.
 *
 *   npm run bench [-- --seconds 20] [-- --connections 16] [-- --scale 1] [-- --postgres postgres://…]
 *
 * Subgraphs run as separate processes on embedded databases in `.data-bench-<scale>/`, or with
 * `--postgres URL` on a database each on that PostgreSQL server (created and seeded on first use;
 * see bench/postgres.ts). Use PostgreSQL for real numbers: PGlite runs each query on its
 * subgraph's main thread.
 *
 * For each gateway without a response cache, the bench also reports the CPU time one overview
 * costs, split by process: the gateway, each subgraph, and the PostgreSQL server when used.
 *
 * Then the hub's gateway takes a few hundred hostile requests of every kind, and the bench reports
 * how many were answered 5xx and whether its memory comes back near its warm level.
 *
 * The hub runs with every plugin on (authentication with the demo province key, limits, rate
 * limit, authorization, audit trail written to its audit subgraph); its rate limit is raised so
 * that one key may drive the load. The other gateways send the subgraphs a caller token the bench
 * signs for the province, since the subgraphs answer no one else.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { startSubgraphs } from '../scripts/lib/start-subgraphs.js';
import { subgraphs } from '../subgraphs/all.js';
import { abuseAndWatchMemory } from './abuse.js';
import { cpuSnapshot, describeCpuPerRequest, type CpuSnapshot } from './cpu.js';
import { benchSetup, overviewBody } from './bench-hub.js';
import { runLoad, type LoadResult } from './load.js';

const { values: options } = parseArgs({
  options: { seconds: { type: 'string', default: '20' }, connections: { type: 'string', default: '16' }, scale: { type: 'string', default: '1' }, postgres: { type: 'string' } },
});
const seconds = Number(options.seconds);
const connections = Number(options.connections);
const { scale } = options;
const postgres = options.postgres ?? null;
const PORT_OFFSET = 100;
/** The gateways compared, each its own process on the same subgraphs; `cached` ones answer repeats from a response cache. */
const GATEWAYS = [
  { name: 'bare @apollo/gateway', script: 'bench/bare-apollo-gateway.ts', port: 4201, env: {}, cached: false },
  { name: 'Hive Gateway', script: 'bench/hive-gateway.ts', port: 4202, env: {}, cached: false },
  { name: 'Hive Gateway, response cache', script: 'bench/hive-gateway.ts', port: 4203, env: { HIVE_RESPONSE_CACHE: 'on' }, cached: true },
  { name: 'IOC Hub, RESPONSE_CACHE=off', script: 'gateway/main.ts', port: 4204, env: { RESPONSE_CACHE: 'off' }, cached: false },
  { name: 'IOC Hub (default)', script: 'gateway/main.ts', port: 4200, env: {}, cached: true },
] as const;
const isHub = (g: (typeof GATEWAYS)[number]) => g.script === 'gateway/main.ts';

const body = overviewBody();
const { group, hubHeaders } = await benchSetup(scale, postgres);

async function measure(name: string, url: string, headers: Record<string, string>, cpu?: () => CpuSnapshot): Promise<LoadResult> {
  await runLoad(url, body, connections, Math.min(5, seconds), headers); // warm-up: plans, caches, JIT
  const before = cpu?.();
  const result = await runLoad(url, body, connections, seconds, headers);
  console.log(`${name}: ${result.rps} req/s, p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms, ${result.errors} errors`);
  if (cpu && before) console.log(`${' '.repeat(name.length)}  CPU per request: ${describeCpuPerRequest(before, cpu(), result.requests)}`);
  return result;
}

/** The processes an overview through `gateway` runs through: that gateway, every subgraph, and PostgreSQL when used. */
const cpuOf = (gateway: string) => () =>
  cpuSnapshot(new Map([['gateway', group.pids.get(gateway)!], ...subgraphs.map((s) => [s.name, group.pids.get(s.name)!] as const)]), postgres !== null);

const typename = (headers: Record<string, string>) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ __typename }' }) });

try {
  const urls = await startSubgraphs(group, { portOffset: PORT_OFFSET, timeoutMs: 600_000 });
  for (const g of GATEWAYS) group.launch(g.name, g.script, { PORT: String(g.port), ...urls, ...g.env });
  for (const g of GATEWAYS) await group.waitForHealth(g.name, `http://127.0.0.1:${g.port}/graphql`, 60_000, typename(isHub(g) ? hubHeaders : {}));

  for (const g of GATEWAYS) {
    const res = await fetch(`http://127.0.0.1:${g.port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(isHub(g) ? hubHeaders : {}) }, body });
    const probe = (await res.json()) as { errors?: unknown };
    if (probe.errors) throw new Error(`the province overview fails through ${g.name}: ${JSON.stringify(probe.errors)}`);
  }

  console.log(`\nprovince overview, ${connections} connections, ${seconds} s each, scale ${scale}, ${postgres ? 'PostgreSQL' : 'embedded PGlite'}`);
  const results = new Map<string, LoadResult>();
  for (const g of GATEWAYS) {
    // CPU per uncached overview, split by process (gateway, each subgraph, PostgreSQL): the hub's,
    // and beside it the other gateways' on the same subgraphs.
    const cpu = g.cached ? undefined : cpuOf(g.name);
    results.set(g.name, await measure(g.name.padEnd(30), `http://127.0.0.1:${g.port}/graphql`, isHub(g) ? hubHeaders : {}, cpu));
  }
  const rps = (name: string) => Math.max(1, results.get(name)!.rps);
  const hub = results.get('IOC Hub (default)')!;
  const uncached = results.get('IOC Hub, RESPONSE_CACHE=off')!;
  console.log(`\nIOC Hub, every plugin on (province key, limits, audit): ` +
    `${(hub.rps / rps('Hive Gateway, response cache')).toFixed(2)}× Hive Gateway with its response cache (target ≥ 1.5×), ` +
    `${(hub.rps / rps('bare @apollo/gateway')).toFixed(1)}× bare @apollo/gateway; warm p95 ${hub.p95} ms (target ≤ 50 ms)`);
  console.log(`IOC Hub uncached: ${(uncached.rps / rps('Hive Gateway')).toFixed(2)}× Hive Gateway uncached (target ≥ 2×)`);
  await abuseAndWatchMemory('http://127.0.0.1:4200/graphql', hubHeaders);
} finally {
  await group.stopAll();
}
