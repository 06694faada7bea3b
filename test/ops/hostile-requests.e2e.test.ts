import { describe, expect, it } from 'vitest';
import { adminUnits } from '../../subgraphs/admin-units/index.js';
import { incidents } from '../support/incidents-sector.js';
import { hostileCases, sendHostile } from '../support/hostile-requests.js';
import { useTestHub } from '../support/test-hub.js';

/**
 * No client mistake and no hostile request gets a 5xx: each gets its 4xx, or a 200 with a coded
 * GraphQL error, with a message that names an oversized input instead of echoing it.
 */
describe('hostile and malformed requests', () => {
  const fixture = useTestHub([adminUnits, incidents]);

  it('answers a few hundred of every kind with its status and code, never a 5xx, never an echo, never cacheable', { timeout: 300_000 }, async () => {
    const cases = hostileCases();
    expect(cases.length).toBeGreaterThan(400);
    const wrong: string[] = [];
    for (const c of cases) {
      const res = await sendHostile(fixture.hub.gateway.url, fixture.hub.headers('province'), c);
      const { text } = res;
      let body: { errors?: Array<{ message: string; extensions?: { code?: string } }> } = {};
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        wrong.push(`${c.kind}: ${res.status} with a body that is not JSON: ${JSON.stringify(text.slice(0, 100))}`);
      }
      const codes = body.errors?.map((e) => e.extensions?.code) ?? [];
      if (res.status !== c.status || !codes.includes(c.code)) wrong.push(`${c.kind}: ${res.status} ${codes.join(',')} ${text.slice(0, 200)}`);
      if (text.length > 2_000) wrong.push(`${c.kind}: a ${text.length}-character answer echoes the input`);
      if (/\bat .+\.(ts|js):\d+/.test(text)) wrong.push(`${c.kind}: a stack trace`);
      if (res.cacheControl !== 'no-store') wrong.push(`${c.kind}: cache-control ${res.cacheControl}`);
    }
    expect(wrong).toEqual([]);
    // And the hub still answers as before.
    const res = await fixture.hub.query('{ unit(code: "51") { code } }');
    expect(res.errors).toBeUndefined();
  });
});
