import { dateEnv, envPrefix, intEnv, optionalEnv, stringEnv, type Env } from '../../lib/env.js';
import type { JWK } from 'jose';
import { verifyKeyFromEnv } from '../../lib/caller-keys.js';
import { logLevelEnv, type LogLevel } from '../../lib/logger.js';
import { todayInVietnam } from './dates.js';
import type { SubgraphDefinition } from './subgraph-definition.js';

/** How long the gateway may reuse a subgraph's answers unless `CACHE_MAX_AGE_SECONDS` says otherwise. */
export const DEFAULT_CACHE_MAX_AGE_SECONDS = 30;

/** A subgraph's configuration, read from the environment once at start; every field has a value. */
export interface SubgraphConfig {
  readonly name: string;
  /** `<SECTOR>_PORT`, else `PORT`, else the sector's default port. */
  readonly port: number;
  /** `HOST`, default `127.0.0.1`: subgraphs sit behind the gateway, not on the open network. */
  readonly host: string;
  /** `<SECTOR>_DATABASE_URL` (`postgres://…` or `mssql://…`); null selects embedded PGlite. */
  readonly databaseUrl: string | null;
  /** `HUB_DATA_DIR`, default `.data`: where embedded databases live. */
  readonly dataDir: string;
  /** `HUB_SEED_SCALE`, default 1: volume of the demo data written on first start. */
  readonly seedScale: number;
  /** `HUB_SEED_UNTIL`, default today: the last day the demo data covers. */
  readonly seedUntil: string;
  /** `LOG_LEVEL`, default `info`. */
  readonly logLevel: LogLevel;
  /**
   * `CACHE_MAX_AGE_SECONDS`, default 30 (DEFAULT_CACHE_MAX_AGE_SECONDS): how long the gateway may reuse this subgraph's answers
   * (sent as Cache-Control); 0 makes every answer uncacheable.
   */
  readonly cacheMaxAgeSeconds: number;
  /**
   * `CALLER_VERIFY_KEY` (a JWK) or `CALLER_VERIFY_KEY_FILE`, default `<HUB_DATA_DIR>/gateway-verify-key.jwk.json`:
   * the gateway's public key; a request without a caller token it signed is refused.
   */
  readonly callerVerifyKey: JWK;
  /** The environment this config was read from, for a subgraph's own settings (read once, at start). */
  readonly env: Env;
}

export function loadSubgraphConfig(definition: Pick<SubgraphDefinition, 'name' | 'defaultPort'>, env: Env = process.env): SubgraphConfig {
  const prefix = envPrefix(definition.name);
  const dataDir = stringEnv(env, 'HUB_DATA_DIR', '.data');
  return {
    name: definition.name,
    port: intEnv(env, `${prefix}_PORT`, intEnv(env, 'PORT', definition.defaultPort, 0, 65535), 0, 65535),
    host: stringEnv(env, 'HOST', '127.0.0.1'),
    databaseUrl: optionalEnv(env, `${prefix}_DATABASE_URL`),
    dataDir,
    seedScale: intEnv(env, 'HUB_SEED_SCALE', 1, 1, 10_000),
    seedUntil: dateEnv(env, 'HUB_SEED_UNTIL', todayInVietnam()),
    logLevel: logLevelEnv(env),
    cacheMaxAgeSeconds: intEnv(env, 'CACHE_MAX_AGE_SECONDS', DEFAULT_CACHE_MAX_AGE_SECONDS, 0, 86_400),
    callerVerifyKey: verifyKeyFromEnv(env, dataDir),
    env,
  };
}
