/**
 * `npm run soak`: the hub (every subgraph and the gateway with every plugin on) under steady load
 * for a long while, reporting each minute its throughput, p95, errors and every process's memory,
 * so a leak or a slow degradation shows. Not part of `npm test`.
 *
 *   npm run soak [-- --minutes 30] [-- --connections 8] [-- --scale 1] [-- --postgres postgres://…]
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { startSubgraphs } from '../scripts/lib/start-subgraphs.js';
import { residentBytes } from './abuse.js';
import { benchSetup, overviewBody } from './bench-hub.js';
import { runLoad } from './load.js';

const { values: options } = parseArgs({
  options: { minutes: { type: 'string', default: '30' }, connections: { type: 'string', default: '8' }, scale: { type: 'string', default: '1' }, postgres: { type: 'string' } },
});
const minutes = Number(options.minutes);
const connections = Number(options.connections);
const { scale } = options;
const postgres = options.postgres ?? null;
const PORT = 4300;

const { group, hubHeaders } = await benchSetup(scale, postgres);
const MiB = (bytes: number) => Math.round(bytes / 1024 / 1024);
try {
  const urls = await startSubgraphs(group, { portOffset: 200, timeoutMs: 600_000 });
  group.launch('gateway', 'gateway/main.ts', { PORT: String(PORT), ...urls });
  const url = `http://127.0.0.1:${PORT}/graphql`;
  await group.waitForHealth('gateway', url, 60_000, { method: 'POST', headers: { 'content-type': 'application/json', ...hubHeaders }, body: '{"query":"{ __typename }"}' });
  const processes = { gateway: url, ...Object.fromEntries(Object.entries(urls).map(([k, v]) => [k.replace(/_URL$/, '').toLowerCase(), v])) };
  console.log(`soak: province overview, ${connections} connections, ${minutes} min, scale ${scale}, ${postgres ? 'PostgreSQL' : 'embedded PGlite'}`);
  console.log(['minute', 'req/s', 'p95 ms', 'errors', ...Object.keys(processes).map((p) => `${p} MiB`)].join('\t'));
  const body = overviewBody();
  let totalErrors = 0;
  for (let minute = 1; minute <= minutes; minute++) {
    const result = await runLoad(url, body, connections, 60, hubHeaders);
    totalErrors += result.errors;
    const memory = await Promise.all(Object.values(processes).map((u) => residentBytes(u).then(MiB, () => Number.NaN)));
    console.log([minute, result.rps, result.p95, result.errors, ...memory].join('\t'));
  }
  console.log(`soak done: ${totalErrors} errors in ${minutes} min`);
} finally {
  await group.stopAll();
}
