import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCallerSigner, readCallerKeyFile } from '../lib/caller-token.js';
import { demoCredentials } from '../scripts/credentials.js';
import { ProcessGroup } from '../scripts/lib/process-group.js';
import { benchDatabases } from './postgres.js';

/** The dashboard's province overview, as the bench and the soak send it. */
export function overviewBody(): string {
  const query = readFileSync(join(import.meta.dirname, '..', 'clients', 'queries', 'province-overview.graphql'), 'utf8');
  return JSON.stringify({ query, variables: { province: '51', asOf: '2024-06-30', period: { from: '2024-01-01', to: '2024-12-31' } } });
}

const SEED_UNTIL = '2026-10-31';

export interface BenchSetup {
  readonly group: ProcessGroup;
  /** The demo province key's Authorization header, for the hub's gateway. */
  readonly hubHeaders: Record<string, string>;
}

/**
 * The processes a bench runs: embedded databases in `.data-bench-<scale>/`, or a database each on
 * `postgres` (created and seeded on first use), the demo credentials, and a process group whose
 * children get a caller token for gateways other than the hub, and a rate limit one key may drive.
 */
export async function benchSetup(scale: string, postgres: string | null): Promise<BenchSetup> {
  const databases = postgres ? await benchDatabases(postgres, Number(scale), SEED_UNTIL) : {};
  const env = { ...process.env, ...databases, HUB_DATA_DIR: `.data-bench-${scale}`, HUB_SEED_SCALE: scale, HUB_SEED_UNTIL: SEED_UNTIL, LOG_LEVEL: 'warn' };
  const credentials = await demoCredentials(env);
  const provinceKey = /^province (\S+)$/m.exec(readFileSync(credentials.demoKeysPath, 'utf8'))![1]!;
  // Long enough for the whole run: the other gateways send it to the subgraphs on every request.
  const benchToken = await createCallerSigner({ privateKey: readCallerKeyFile(credentials.signingKeyPath), ttlSeconds: 6 * 3600 }).sign({
    id: 'bench',
    role: 'province',
    area: { kind: 'ALL' },
    sector: null,
    scopes: [],
    purpose: null,
  });
  const group = new ProcessGroup({ ...env, BENCH_CALLER_TOKEN: benchToken, RATE_LIMIT_BURST: '1000000', RATE_LIMIT_PER_SECOND: '1000000' });
  group.onUnexpectedExit = (name, code) => console.error(`[${name}] exited with code ${code}`);
  return { group, hubHeaders: { authorization: `Bearer ${provinceKey}` } };
}
