import { SignJWT } from 'jose';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLER_TOKEN_HEADER } from '../../lib/caller-token.js';
import { adminUnits } from '../../subgraphs/admin-units/index.js';
import { postGraphQL, postToSubgraph } from '../../subgraphs/kit/testing/graphql-client.js';
import { createTestDatabase, type TestDatabase } from '../../subgraphs/kit/testing/test-database.js';
import { runKeys } from '../../scripts/keys.js';
import { incidents } from '../support/incidents-sector.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

const JWT_SECRET = randomBytes(32).toString('hex');
const ISSUER = 'https://sso.quangngai.gov.vn';
const AUDIENCE = 'ioc-hub';
const jwt = (claims: Record<string, unknown>, secret = JWT_SECRET) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject('nguyen.van.a')
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(secret));

const UNIT = '{ unit(code: "51") { name } }';

/** Who may call the hub at all: API keys, the province's JWTs, nothing else; and only the gateway may call a subgraph. */
describe('authentication', () => {
  const databases: TestDatabase[] = [];
  let hub: TestHub;
  const base = () => hub.gateway.url.replace(/\/graphql$/, '');

  beforeAll(async () => {
    for (const definition of [adminUnits, incidents]) databases.push(await createTestDatabase('pglite', definition));
    hub = await startTestHub([adminUnits, incidents].map((definition, i) => ({ definition, db: databases[i]!.db })), {
      env: { JWT_SECRET, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE },
    });
  }, 180_000);
  afterAll(async () => {
    await hub?.stop();
    for (const d of databases) await d.drop();
  });

  it('answers 401 UNAUTHENTICATED without a token, with a wrong one, and with a malformed header', async () => {
    for (const authorization of [undefined, 'Bearer ioc_0000000000000000_nope', 'Bearer not-a-token', 'Basic dXNlcjpwYXNz', `Bearer ${hub.keys.province}x`]) {
      const res = await fetch(hub.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query: UNIT }),
      });
      expect(res.status, authorization).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }>; data?: unknown };
      expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
      expect(body.data).toBeUndefined();
    }
  });

  it('answers a valid API key', async () => {
    const res = await hub.query(UNIT);
    expect(res).toEqual({ status: 200, data: { unit: { name: 'Tỉnh Quảng Ngãi' } } });
  });

  it('keeps /health, /ready and the GraphiQL page open', async () => {
    expect((await fetch(`${base()}/health`)).status).toBe(200);
    expect((await fetch(`${base()}/ready`)).status).toBe(200);
    const page = await fetch(hub.gateway.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('GraphiQL');
  });

  it('refuses a revoked key within seconds, without a restart', async () => {
    const env = { HUB_DATA_DIR: hub.dataDir };
    const out: string[] = [];
    const output = { out: (t: string) => out.push(t), err: () => {} };
    expect(await runKeys(['create', '--role', 'developer', '--label', 'revoke me'], env, output)).toBe(0);
    const key = out.join('').trim();
    expect(key).toMatch(/^ioc_[0-9a-f]{16}_[\w-]+$/);
    await expect.poll(async () => (await hub.query(UNIT, undefined, { as: null, headers: { authorization: `Bearer ${key}` } })).status, { timeout: 10_000 }).toBe(200);
    const id = key.split('_')[1]!;
    expect(await runKeys(['revoke', id], env, output)).toBe(0);
    await expect.poll(async () => (await hub.query(UNIT, undefined, { as: null, headers: { authorization: `Bearer ${key}` } })).status, { timeout: 10_000 }).toBe(401);
  });

  it("accepts the province's JWTs, with their role and area, and refuses a forged or foreign one", async () => {
    const local = await jwt({ role: 'local', units: ['524'] });
    const ok = await hub.query('{ unit(code: "524", asOf: "2024-06-30") { name } }', undefined, { as: null, headers: { authorization: `Bearer ${local}` } });
    expect(ok).toEqual({ status: 200, data: { unit: { name: 'Huyện Bình Sơn' } } });
    // The area travels to the subgraphs: a district's records outside it are refused.
    const outside = await hub.query('{ unit(code: "522", asOf: "2024-06-30") { incidents { incidents(first: 1) { nodes { id } } } } }', undefined, {
      as: null,
      headers: { authorization: `Bearer ${local}` },
    });
    expect(outside.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    for (const token of [await jwt({ role: 'province' }, randomBytes(32).toString('hex')), await jwt({ role: 'emperor' }), await jwt({ role: 'local' })]) {
      const res = await hub.query(UNIT, undefined, { as: null, headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(401);
    }
  });

  it('lets no one but the gateway call a subgraph: no token, a forged unsigned one, or a token for another audience', async () => {
    const url = hub.subgraphs.get('incidents')!.url;
    const query = '{ _service { sdl } }';
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${Buffer.from(JSON.stringify({ role: 'province', sub: 'x' })).toString('base64url')}.`;
    for (const headers of [{} as Record<string, string>, { [CALLER_TOKEN_HEADER]: unsigned }, { [CALLER_TOKEN_HEADER]: 'garbage' }, { authorization: `Bearer ${hub.keys.province}` }]) {
      const res = await postToSubgraph(url, query, undefined, headers);
      expect(res.status).toBe(401);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.data).toBeUndefined();
    }
    // The audit trail's ingest endpoint refuses anyone but the gateway's own signed writer.
    const ingest = await postGraphQL(new URL('/audit/records', hub.subgraphs.get('audit')!.url).toString(), '{}', undefined, {});
    expect(ingest.status).toBe(401);
  });
});
