import type { JWK } from 'jose';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AUDIT_EXPORT_PATH, AUDIT_INGEST_PATH } from '../lib/audit/audit-ingest.js';
import { subjectKeyFromEnv } from '../lib/audit/subject-key.js';
import { signingKeyFromEnv } from '../lib/caller-keys.js';
import { isRole, ROLES, type Role } from '../lib/caller.js';
import { booleanEnv, ConfigError, envPrefix, intEnv, optionalEnv, stringEnv, type Env } from '../lib/env.js';
import { logLevelEnv, type LogLevel } from '../lib/logger.js';
import type { JwtVerifierOptions } from './auth/jwt-verifier.js';
import { DEFAULT_LIMITS_CONFIG, type LimitsConfig, type OperationLimits } from './limits/limits.js';

export interface SubgraphEndpoint {
  readonly name: string;
  readonly url: string;
}

/** The gateway's configuration, parsed once at start; every field has a value. */
export interface GatewayConfig {
  /** `PORT`, default 4000. */
  readonly port: number;
  /** `HOST`, default `0.0.0.0`: the gateway is the hub's only public door. */
  readonly host: string;
  /** `--supergraph PATH` or `SUPERGRAPH_PATH`, default `schema/supergraph.graphql`. */
  readonly supergraphPath: string;
  readonly supergraphSdl: string;
  /** From the supergraph, each overridable by `<SUBGRAPH>_URL` (e.g. `ADMIN_UNITS_URL`). */
  readonly subgraphs: readonly SubgraphEndpoint[];
  /**
   * `GRANTS_PATH`, default `grants.json` next to the supergraph: the roles each subgraph is granted
   * to (generated from the registry). A subgraph it does not name is granted to no role.
   */
  readonly grants: Readonly<Record<string, readonly Role[]>>;
  /** `SUBGRAPH_TIMEOUT_MS`, default 10000: a subgraph slower than this is SUBGRAPH_TIMEOUT. */
  readonly subgraphTimeoutMs: number;
  /** `EXECUTION_TIMEOUT_MS`, default 15000: a request still running this long is given up, its subgraph requests cancelled. */
  readonly executionTimeoutMs: number;
  /** `LOG_LEVEL`, default `info`. */
  readonly logLevel: LogLevel;
  /** `RESPONSE_CACHE`, default `on`: reuse answers within the subgraphs' Cache-Control max-age; `off` disables. */
  readonly responseCache: boolean;
  /** `RESPONSE_CACHE_ENTRIES`, default 1000: answers kept at most, least recently used first out. */
  readonly responseCacheEntries: number;
  /** `RESPONSE_CACHE_MAX_MB`, default 64: the stored answers' total size at most, in MiB. */
  readonly responseCacheMaxBytes: number;
  /** `HUB_DATA_DIR`, default `.data`: the API key file, the demo keys and credentials. */
  readonly dataDir: string;
  /** `API_KEYS_FILE`, default `<HUB_DATA_DIR>/api-keys.json`. */
  readonly apiKeysFile: string;
  /** The identity provider's JWTs, when `JWT_JWKS_FILE`, `JWT_JWKS_URL` or `JWT_SECRET` is set; null: API keys only. */
  readonly jwt: JwtVerifierOptions | null;
  /** `CALLER_SIGNING_KEY` (a JWK) or `CALLER_SIGNING_KEY_FILE`, default `<HUB_DATA_DIR>/gateway-signing-key.jwk.json`. */
  readonly callerSigningKey: JWK;
  /** The limits per role: the defaults, changed by `LIMITS` (JSON `{ "defaults": {…}, "roles": { "<role>": {…} } }`). */
  readonly limits: LimitsConfig;
  /** `RATE_LIMIT_BURST` (default 600) requests at once, refilled at `RATE_LIMIT_PER_SECOND` (default 300), per caller. */
  readonly rateLimit: { readonly capacity: number; readonly refillPerSecond: number };
  /** `REDIS_URL`: share the rate buckets between gateways through Redis; null keeps them in memory. */
  readonly redisUrl: string | null;
  readonly audit: AuditConfig;
}

export interface AuditConfig {
  /** `AUDIT_INGEST_URL`, default `/audit/records` on the audit subgraph's host: where records are written. */
  readonly ingestUrl: string;
  /** `/audit/export` beside the ingest endpoint: where `GET /audit/export` reads the log from. */
  readonly exportUrl: string;
  /** `AUDIT_TIMEOUT_MS`, default 1000: a record not written within this time fails its request closed. */
  readonly timeoutMs: number;
  /** `AUDIT_FAIL_OPEN`, default `off`: `on` answers even when the record could not be written (logged). */
  readonly failOpen: boolean;
  /** `AUDIT_SUBJECT_KEY` (hex) or `AUDIT_SUBJECT_KEY_FILE`, default `<HUB_DATA_DIR>/audit-subject-key.txt`: the key of subject hashes. */
  readonly subjectKey: Buffer;
}

const JOIN_GRAPH = /@join__graph\(name: "([^"]+)", url: "([^"]*)"\)/g;

/** The subgraphs a supergraph names, each URL overridable by `<SUBGRAPH>_URL`. */
export function subgraphsOf(supergraphSdl: string, env: Env): SubgraphEndpoint[] {
  return [...supergraphSdl.matchAll(JOIN_GRAPH)].map(([, name, url]) => ({
    name: name!,
    url: optionalEnv(env, `${envPrefix(name!)}_URL`) ?? url!,
  }));
}

function grantsFrom(path: string): Record<string, Role[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new ConfigError(`cannot read the grants at ${path} (run npm run compose, or set GRANTS_PATH)`);
  }
  const grants: Record<string, Role[]> = {};
  for (const [subgraph, roles] of Object.entries((parsed ?? {}) as Record<string, unknown>)) {
    if (!Array.isArray(roles) || !roles.every(isRole)) throw new ConfigError(`${path}: ${subgraph} must list roles among ${ROLES.join(', ')}`);
    grants[subgraph] = roles;
  }
  return grants;
}

function limitsFrom(env: Env): LimitsConfig {
  const raw = optionalEnv(env, 'LIMITS');
  if (!raw) return DEFAULT_LIMITS_CONFIG;
  let parsed: { defaults?: Partial<OperationLimits>; roles?: Record<string, Partial<OperationLimits>> };
  try {
    parsed = JSON.parse(raw) as typeof parsed;
  } catch {
    throw new ConfigError('LIMITS must be JSON: { "defaults": { "maxDepth": 15, … }, "roles": { "developer": { … } } }');
  }
  const unknownRole = Object.keys(parsed.roles ?? {}).find((r) => !isRole(r));
  if (unknownRole) throw new ConfigError(`LIMITS names an unknown role "${unknownRole}"`);
  const roles = { ...DEFAULT_LIMITS_CONFIG.roles } as Record<string, Partial<OperationLimits>>;
  for (const [role, overrides] of Object.entries(parsed.roles ?? {})) roles[role] = { ...roles[role], ...overrides };
  return { defaults: { ...DEFAULT_LIMITS_CONFIG.defaults, ...parsed.defaults }, roles };
}

function jwtFrom(env: Env): JwtVerifierOptions | null {
  const jwksFile = optionalEnv(env, 'JWT_JWKS_FILE');
  const jwksUrl = optionalEnv(env, 'JWT_JWKS_URL');
  const secret = optionalEnv(env, 'JWT_SECRET');
  if (!jwksFile && !jwksUrl && !secret) return null;
  const issuer = optionalEnv(env, 'JWT_ISSUER');
  const audience = optionalEnv(env, 'JWT_AUDIENCE');
  if (!issuer || !audience) throw new ConfigError('JWT_ISSUER and JWT_AUDIENCE are required with JWT_JWKS_FILE, JWT_JWKS_URL or JWT_SECRET');
  const claim = (name: string, fallback: string) => stringEnv(env, `JWT_${name.toUpperCase()}_CLAIM`, fallback);
  return {
    ...(jwksFile ? { jwksFile } : jwksUrl ? { jwksUrl } : { secret: secret! }),
    issuer,
    audience,
    claims: { role: claim('role', 'role'), units: claim('units', 'units'), sector: claim('sector', 'sector'), scope: claim('scope', 'scope') },
  };
}

export function loadGatewayConfig(env: Env = process.env, argv: readonly string[] = process.argv.slice(2)): GatewayConfig {
  const flag = argv.indexOf('--supergraph');
  const supergraphPath = resolve(flag >= 0 && argv[flag + 1] ? argv[flag + 1]! : stringEnv(env, 'SUPERGRAPH_PATH', 'schema/supergraph.graphql'));
  let supergraphSdl: string;
  try {
    supergraphSdl = readFileSync(supergraphPath, 'utf8');
  } catch {
    throw new ConfigError(`cannot read the supergraph at ${supergraphPath} (run npm run compose, or pass --supergraph PATH)`);
  }
  const subgraphs = subgraphsOf(supergraphSdl, env);
  if (subgraphs.length === 0) throw new ConfigError(`${supergraphPath} names no subgraph: is it a composed supergraph?`);
  const dataDir = stringEnv(env, 'HUB_DATA_DIR', '.data');
  const auditSubgraph = subgraphs.find((s) => s.name === 'audit');
  const ingestUrl = optionalEnv(env, 'AUDIT_INGEST_URL') ?? (auditSubgraph ? new URL(AUDIT_INGEST_PATH, auditSubgraph.url).toString() : null);
  if (!ingestUrl) throw new ConfigError('the supergraph has no audit subgraph: set AUDIT_INGEST_URL to where audit records are written');
  return {
    port: intEnv(env, 'PORT', 4000, 0, 65535),
    host: stringEnv(env, 'HOST', '0.0.0.0'),
    supergraphPath,
    supergraphSdl,
    subgraphs,
    grants: grantsFrom(resolve(stringEnv(env, 'GRANTS_PATH', join(supergraphPath, '..', 'grants.json')))),
    subgraphTimeoutMs: intEnv(env, 'SUBGRAPH_TIMEOUT_MS', 10_000, 100),
    executionTimeoutMs: intEnv(env, 'EXECUTION_TIMEOUT_MS', 15_000, 100),
    logLevel: logLevelEnv(env),
    responseCache: booleanEnv(env, 'RESPONSE_CACHE', true),
    responseCacheEntries: intEnv(env, 'RESPONSE_CACHE_ENTRIES', 1_000, 1, 1_000_000),
    responseCacheMaxBytes: intEnv(env, 'RESPONSE_CACHE_MAX_MB', 64, 1, 65_536) * 1024 * 1024,
    dataDir,
    apiKeysFile: stringEnv(env, 'API_KEYS_FILE', join(dataDir, 'api-keys.json')),
    jwt: jwtFrom(env),
    callerSigningKey: signingKeyFromEnv(env, dataDir),
    limits: limitsFrom(env),
    rateLimit: { capacity: intEnv(env, 'RATE_LIMIT_BURST', 600, 1), refillPerSecond: intEnv(env, 'RATE_LIMIT_PER_SECOND', 300, 1) },
    redisUrl: optionalEnv(env, 'REDIS_URL'),
    audit: {
      ingestUrl,
      exportUrl: new URL(AUDIT_EXPORT_PATH, ingestUrl).toString(),
      timeoutMs: intEnv(env, 'AUDIT_TIMEOUT_MS', 1_000, 50, 60_000),
      failOpen: booleanEnv(env, 'AUDIT_FAIL_OPEN', false),
      subjectKey: subjectKeyFromEnv(env, dataDir),
    },
  };
}
