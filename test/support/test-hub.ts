import { afterAll, beforeAll } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openKeyStore, type NewApiKey } from '../../gateway/auth/api-keys.js';
import { loadGatewayConfig } from '../../gateway/config.js';
import { startGateway, type GatewayParts, type RunningGateway } from '../../gateway/server.js';
import { AUDIT_SUBJECT_KEY_FILE_NAME } from '../../lib/audit/subject-key.js';
import { SIGNING_KEY_FILE_NAME } from '../../lib/caller-keys.js';
import { PII_READ, PII_SENSITIVE } from '../../lib/caller.js';
import { envPrefix } from '../../lib/env.js';
import { createLogger, type Logger } from '../../lib/logger.js';
import { composeSupergraph } from '../../schema/compose.js';
import { renderGrants } from '../../scripts/generate/grants.js';
import { audit } from '../../subgraphs/audit/index.js';
import type { Database } from '../../subgraphs/kit/database/database.js';
import type { RunningSubgraph } from '../../subgraphs/kit/server/serve-subgraph.js';
import type { AnySubgraphDefinition } from '../../subgraphs/kit/subgraph-definition.js';
import { postGraphQL, startTestSubgraph, type GraphQLBody } from '../../subgraphs/kit/testing/graphql-client.js';
import { TEST_SIGNING_KEY, TEST_SUBJECT_KEY } from '../../subgraphs/kit/testing/test-credentials.js';
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from '../../subgraphs/kit/testing/test-database.js';

export type { GraphQLBody };

/** The API keys every test hub issues, one per kind of caller. */
export const TEST_KEY_GRANTS = {
  province: { role: 'province', label: 'test province' },
  /** Huyện Bình Sơn (524), old Quảng Ngãi: the example of a local IOC. */
  local: { role: 'local', units: ['524'], label: 'test local 524' },
  /** A new commune formed partly from 524's communes: it sees its own records, and those of the old communes that went wholly into it. */
  localCommune: { role: 'local', units: ['21109'], label: 'test local 21109' },
  /** Two units of different levels and eras. */
  localTwo: { role: 'local', units: ['21040', '525'], label: 'test local 21040 and 525' },
  /** A local IOC allowed personal data. */
  localPii: { role: 'local', units: ['524'], scopes: [PII_READ], label: 'test local 524 with pii:read' },
  /** A department allowed personal data; its sector is the hub's first sector (startTestHub). */
  department: { role: 'department', scopes: [PII_READ], label: 'test department' },
  developer: { role: 'developer', label: 'test developer' },
  auditor: { role: 'auditor', scopes: [PII_READ, PII_SENSITIVE], label: 'test auditor' },
} satisfies Record<string, NewApiKey>;

export type TestKey = keyof typeof TEST_KEY_GRANTS;

export interface QueryOptions {
  /** Whose key the request carries (default `province`); null sends no Authorization. */
  as?: TestKey | null;
  /** `X-Purpose`. */
  purpose?: string;
  headers?: Record<string, string>;
}

export interface TestHub {
  gateway: RunningGateway;
  subgraphs: Map<string, RunningSubgraph>;
  /** The hub's data directory (API keys, signing key, supergraph, grants), as `HUB_DATA_DIR`. */
  dataDir: string;
  /** The API key of each test caller. */
  keys: Readonly<Record<TestKey, string>>;
  /** The audit store's database (the hub's own audit subgraph). */
  auditDatabase: TestDatabase;
  /** The Authorization (and X-Purpose) headers of a test caller. */
  headers(as?: TestKey, purpose?: string): Record<string, string>;
  /** POSTs an operation to the gateway (as the province unless told) and returns the parsed body and status. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: QueryOptions): Promise<GraphQLBody<T>>;
  stop(): Promise<void>;
}

export interface TestHubOptions {
  /** The subgraphs' Cache-Control max-age (default 0: every request reaches the database). */
  cacheMaxAgeSeconds?: number;
  /** Gateway settings over the test defaults (e.g. `LIMITS`, `EXECUTION_TIMEOUT_MS`). */
  env?: Record<string, string>;
  /** Parts the gateway takes instead of building them (e.g. a failing audit sink). */
  parts?: GatewayParts;
  /** The URL the gateway is given for a subgraph (default: the subgraph's own), e.g. through a FaultProxy. */
  route?: (name: string, url: string) => Promise<string>;
  /** The logger of each process, by service name (default: silent). */
  logger?: (service: string) => Logger;
}

/**
 * The real thing on free ports: each subgraph over its database, the hub's audit subgraph over its
 * own, and the real gateway over the supergraph composed from the same code, configured the way
 * production is: a data directory with the signing key, subject key, grants and API keys, and the
 * subgraphs' URLs from the environment.
 */
export async function startTestHub(parts: ReadonlyArray<{ definition: AnySubgraphDefinition; db: Database }>, options: TestHubOptions = {}): Promise<TestHub> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ioc-test-hub-'));
  const subgraphs = new Map<string, RunningSubgraph>();
  const auditDatabase = await createTestDatabase('pglite', audit, false);
  const definitions = [...parts.map((p) => p.definition), audit];
  try {
    for (const { definition, db } of [...parts, { definition: audit, db: auditDatabase.db }]) {
      subgraphs.set(definition.name, await startTestSubgraph(definition, db, options.cacheMaxAgeSeconds, options.logger?.(definition.name)));
    }
    const { supergraph } = await composeSupergraph(definitions);
    await writeFile(join(dataDir, 'supergraph.graphql'), supergraph);
    await writeFile(join(dataDir, 'grants.json'), renderGrants(definitions));
    await writeFile(join(dataDir, SIGNING_KEY_FILE_NAME), JSON.stringify(TEST_SIGNING_KEY.export({ format: 'jwk' })), { mode: 0o600 });
    await writeFile(join(dataDir, AUDIT_SUBJECT_KEY_FILE_NAME), TEST_SUBJECT_KEY, { mode: 0o600 });
    const keyStore = await openKeyStore({ file: join(dataDir, 'api-keys.json') });
    const keys = {} as Record<TestKey, string>;
    const sector = definitions.find((d) => d.sector)?.name ?? 'none';
    for (const [name, grant] of Object.entries(TEST_KEY_GRANTS)) {
      keys[name as TestKey] = (await keyStore.create(grant.role === 'department' ? { ...grant, sector } : grant)).key;
    }
    keyStore.close();

    const env: Record<string, string> = {
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      HUB_DATA_DIR: dataDir,
      SUPERGRAPH_PATH: join(dataDir, 'supergraph.graphql'),
      SUBGRAPH_TIMEOUT_MS: '5000',
      // Tests fire requests in bursts; the rate limit has tests of its own.
      RATE_LIMIT_BURST: '100000',
      RATE_LIMIT_PER_SECOND: '100000',
      ...options.env,
    };
    for (const [name, running] of subgraphs) env[`${envPrefix(name)}_URL`] = options.route ? await options.route(name, running.url) : running.url;
    const gateway = await startGateway(loadGatewayConfig(env, []), options.logger?.('gateway') ?? createLogger('gateway', 'silent'), options.parts);
    const headers = (as: TestKey = 'province', purpose?: string): Record<string, string> => ({
      authorization: `Bearer ${keys[as]}`,
      ...(purpose ? { 'x-purpose': encodeURIComponent(purpose) } : {}),
    });
    return {
      gateway,
      subgraphs,
      dataDir,
      keys,
      auditDatabase,
      headers,
      query: (query, variables, { as = 'province', purpose, headers: extra } = {}) =>
        postGraphQL(gateway.url, query, variables, { ...(as === null ? {} : headers(as, purpose)), ...extra }),
      async stop() {
        await gateway.stop();
        await Promise.all([...subgraphs.values()].map((s) => s.stop()));
        await auditDatabase.drop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await Promise.all([...subgraphs.values()].map((s) => s.stop()));
    await auditDatabase.drop();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * A test hub for a whole suite over fresh databases of these subgraphs (PGlite unless told):
 * registers the suite's `beforeAll`/`afterAll`, so call it inside `describe`, after any hook that
 * must run before the hub starts. `hub` is there from the first test on.
 */
export function useTestHub(definitions: readonly AnySubgraphDefinition[], options: TestHubOptions & { kind?: TestDatabaseKind } = {}): { readonly hub: TestHub } {
  const databases: TestDatabase[] = [];
  let hub: TestHub | undefined;
  beforeAll(async () => {
    for (const definition of definitions) databases.push(await createTestDatabase(options.kind ?? 'pglite', definition));
    hub = await startTestHub(
      definitions.map((definition, i) => ({ definition, db: databases[i]!.db })),
      options,
    );
  }, 240_000);
  afterAll(async () => {
    await hub?.stop();
    for (const db of databases) await db.drop();
  });
  return {
    get hub() {
      if (!hub) throw new Error('the test hub is not started yet (use it inside a test)');
      return hub;
    },
  };
}
