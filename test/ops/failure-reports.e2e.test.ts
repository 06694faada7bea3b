import { afterAll, describe, expect, it } from 'vitest';
import { adminUnits } from '../../subgraphs/admin-units/index.js';
import { subgraphs } from '../../subgraphs/all.js';
import { FaultProxy } from '../support/fault-proxy.js';
import { useTestHub } from '../support/test-hub.js';

const PERIOD = '{ from: "2024-01-01", to: "2024-12-31" }';
/** The first two registered sectors, whichever they are: one failing leaves the other answering. */
const SECTORS = subgraphs.flatMap((s) => (s.sector ? [{ definition: s, name: s.name, field: s.sector.field }] : [])).slice(0, 2);
const OVERVIEW = `{ unit(code: "51", asOf: "2024-06-30") { code
  ${SECTORS.map((s) => `${s.field} { indicators(period: ${PERIOD}) { code value } }`).join('\n  ')} } }`;

type Overview = { unit: ({ code: string } & Record<string, { indicators: unknown[] } | null>) | null };

/**
 * Each subgraph in turn stopped, then slow: the answer names it with the right code, the other
 * sectors still answer, `/ready` says degraded (down when the unit tree is gone), and an answer the
 * cache still holds says which of its sources is down.
 */
describe('honest failure reports', () => {
  const proxies = new Map<string, FaultProxy>();
  // Registered before the hub: closed after it stops (after-hooks run in reverse).
  afterAll(async () => {
    for (const proxy of proxies.values()) await proxy.close();
  });
  const fixture = useTestHub([adminUnits, ...SECTORS.map((s) => s.definition)], {
    cacheMaxAgeSeconds: 60,
    env: { SUBGRAPH_TIMEOUT_MS: '800' },
    route: async (name, url) => {
      const proxy = new FaultProxy();
      proxy.slowMs = 2_500;
      proxies.set(name, proxy);
      return proxy.front(url);
    },
  });

  const ready = async () => {
    const res = await fetch(new URL('/ready', fixture.hub.gateway.url));
    return { status: res.status, body: (await res.json()) as { status: string; subgraphs: Record<string, string> } };
  };
  const uncached = (n: number) => OVERVIEW.replace('code\n', `code n${n}: name\n`);

  for (const { name, field } of SECTORS) {
    for (const mode of ['down', 'slow'] as const) {
      it(`names ${name} when it is ${mode}, answers the other sector, and /ready says degraded`, { timeout: 30_000 }, async () => {
        proxies.get(name)!.mode = mode;
        try {
          const res = await fixture.hub.query<Overview>(uncached(Date.now()));
          expect(res.status).toBe(200);
          expect(res.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: mode === 'down' ? 'SUBGRAPH_UNAVAILABLE' : 'SUBGRAPH_TIMEOUT', serviceName: name })]);
          expect(res.data?.unit?.[field]).toBeNull();
          const other = SECTORS.find((s) => s.name !== name)!;
          expect(res.data?.unit?.[other.field]?.indicators.length).toBeGreaterThan(0);
          const readiness = await ready();
          expect(readiness.status).toBe(200);
          expect(readiness.body.status).toBe('degraded');
          expect(readiness.body.subgraphs[name]).toBe('down');
        } finally {
          proxies.get(name)!.mode = 'pass';
        }
        expect((await ready()).body.status).toBe('ready');
      });
    }
  }

  it('says down, 503, when the unit tree every query starts from is gone', async () => {
    proxies.get('admin-units')!.mode = 'down';
    try {
      const res = await fixture.hub.query(uncached(Date.now()));
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'admin-units' });
      const readiness = await ready();
      expect(readiness.status).toBe(503);
      expect(readiness.body.status).toBe('down');
    } finally {
      proxies.get('admin-units')!.mode = 'pass';
    }
  });

  it('flags a cached answer served while one of its sources is down, in extensions and a header', async () => {
    const first = await fixture.hub.query<Overview>(OVERVIEW);
    expect(first.errors).toBeUndefined();
    const again = await fetch(fixture.hub.gateway.url, { method: 'POST', headers: { ...fixture.hub.headers(), 'content-type': 'application/json' }, body: JSON.stringify({ query: OVERVIEW }) });
    expect(again.headers.get('age')).not.toBeNull();
    expect(again.headers.get('x-ioc-sources-down')).toBeNull();
    await again.text();

    const down = SECTORS[1]!.name;
    proxies.get(down)!.mode = 'down';
    try {
      expect((await ready()).body.subgraphs[down]).toBe('down');
      const res = await fetch(fixture.hub.gateway.url, { method: 'POST', headers: { ...fixture.hub.headers(), 'content-type': 'application/json' }, body: JSON.stringify({ query: OVERVIEW }) });
      expect(res.headers.get('age')).not.toBeNull();
      expect(res.headers.get('x-ioc-sources-down')).toBe(down);
      const body = (await res.json()) as { data: Overview; extensions?: { sourcesDown?: string[] } };
      expect(body.extensions?.sourcesDown).toEqual([down]);
      expect(body.data).toEqual(first.data);
    } finally {
      proxies.get(down)!.mode = 'pass';
    }
    await ready();
    const after = await fetch(fixture.hub.gateway.url, { method: 'POST', headers: { ...fixture.hub.headers(), 'content-type': 'application/json' }, body: JSON.stringify({ query: OVERVIEW }) });
    expect(after.headers.get('x-ioc-sources-down')).toBeNull();
    await after.text();
  });
});
