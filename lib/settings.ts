import type { Env } from './env.js';
import { envPrefix } from './env.js';

/**
 * Every environment variable the hub reads (README "Configuration"; a test keeps the two in step),
 * besides the per-subgraph ones built from each subgraph's name (`<SUBGRAPH>_URL`, `<SUBGRAPH>_PORT`,
 * `<SECTOR>_DATABASE_URL`).
 */
export const HUB_SETTINGS = [
  'PORT',
  'HOST',
  'HUB_DATA_DIR',
  'HUB_SEED_SCALE',
  'HUB_SEED_UNTIL',
  'SUPERGRAPH_PATH',
  'SUBGRAPH',
  'SUBGRAPH_TIMEOUT_MS',
  'EXECUTION_TIMEOUT_MS',
  'GRANTS_PATH',
  'API_KEYS_FILE',
  'JWT_JWKS_FILE',
  'JWT_JWKS_URL',
  'JWT_SECRET',
  'JWT_ISSUER',
  'JWT_AUDIENCE',
  'JWT_ROLE_CLAIM',
  'JWT_UNITS_CLAIM',
  'JWT_SECTOR_CLAIM',
  'JWT_SCOPE_CLAIM',
  'CALLER_SIGNING_KEY',
  'CALLER_SIGNING_KEY_FILE',
  'CALLER_VERIFY_KEY',
  'CALLER_VERIFY_KEY_FILE',
  'LIMITS',
  'RATE_LIMIT_BURST',
  'RATE_LIMIT_PER_SECOND',
  'REDIS_URL',
  'AUDIT_INGEST_URL',
  'AUDIT_TIMEOUT_MS',
  'AUDIT_FAIL_OPEN',
  'AUDIT_SUBJECT_KEY',
  'AUDIT_SUBJECT_KEY_FILE',
  'CACHE_MAX_AGE_SECONDS',
  'RESPONSE_CACHE',
  'RESPONSE_CACHE_ENTRIES',
  'RESPONSE_CACHE_MAX_MB',
  'LOG_LEVEL',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
  'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT',
  'TEST_DATABASE_URL',
  'TEST_MSSQL_URL',
  'CHROMIUM_PATH',
] as const;

const PER_SUBGRAPH = ['URL', 'DATABASE_URL', 'PORT'];

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The variables in `env` that look like a hub setting but are none (e.g. `ADMIN_UNIT_URL` for
 * `ADMIN_UNITS_URL`), each with the setting it most likely meant. A variable looks like a setting
 * when it is a few edits from one, or starts with a subgraph's prefix or a setting's first word.
 */
export function straySettings(env: Env, subgraphNames: readonly string[]): Array<{ name: string; meant: string | null }> {
  const prefixes = subgraphNames.map(envPrefix);
  const known = new Set<string>([...HUB_SETTINGS, ...prefixes.flatMap((p) => PER_SUBGRAPH.map((s) => `${p}_${s}`))]);
  const firstWords = new Set([...HUB_SETTINGS.map((s) => s.split('_')[0]!), ...prefixes.map((p) => p.split('_')[0]!)].filter((w) => !['PORT', 'HOST', 'TEST', 'CHROMIUM', 'OTEL'].includes(w)));
  const stray: Array<{ name: string; meant: string | null }> = [];
  for (const name of Object.keys(env)) {
    if (known.has(name) || !/^[A-Z][A-Z0-9_]*$/.test(name)) continue;
    let meant: string | null = null;
    // Within three edits, and fewer for short names (HOME is not HOST).
    let best = Math.min(3, Math.floor(name.length / 4)) + 1;
    for (const candidate of known) {
      const d = distance(name, candidate);
      if (d < best) [best, meant] = [d, candidate];
    }
    if (meant || firstWords.has(name.split('_')[0]!)) stray.push({ name, meant });
  }
  return stray;
}
