import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { booleanEnv, ConfigError, envPrefix, intEnv, optionalEnv, stringEnv, type Env } from '../lib/env.js';
import { logLevelEnv, type LogLevel } from '../lib/logger.js';

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
  /** `SUBGRAPH_TIMEOUT_MS`, default 10000: a slower subgraph counts as unavailable. */
  readonly subgraphTimeoutMs: number;
  /** `LOG_LEVEL`, default `info`. */
  readonly logLevel: LogLevel;
  /** `RESPONSE_CACHE`, default `on`: reuse answers within the subgraphs' Cache-Control max-age; `off` disables. */
  readonly responseCache: boolean;
}

const JOIN_GRAPH = /@join__graph\(name: "([^"]+)", url: "([^"]*)"\)/g;

/** The subgraphs a supergraph names, each URL overridable by `<SUBGRAPH>_URL`. */
export function subgraphsOf(supergraphSdl: string, env: Env): SubgraphEndpoint[] {
  return [...supergraphSdl.matchAll(JOIN_GRAPH)].map(([, name, url]) => ({
    name: name!,
    url: optionalEnv(env, `${envPrefix(name!)}_URL`) ?? url!,
  }));
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
  return {
    port: intEnv(env, 'PORT', 4000, 0, 65535),
    host: stringEnv(env, 'HOST', '0.0.0.0'),
    supergraphPath,
    supergraphSdl,
    subgraphs,
    subgraphTimeoutMs: intEnv(env, 'SUBGRAPH_TIMEOUT_MS', 10_000, 100),
    logLevel: logLevelEnv(env),
    responseCache: booleanEnv(env, 'RESPONSE_CACHE', true),
  };
}
