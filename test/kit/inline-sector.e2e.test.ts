import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph } from '../../schema/compose.js';
import { adminUnits } from '../../subgraphs/admin-units/index.js';
import { subgraphs } from '../../subgraphs/all.js';
import { createTestDatabase, type TestDatabase } from '../../subgraphs/kit/testing/test-database.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';
import { DISTRICT, incidents } from '../support/incidents-sector.js';

/**
 * The one-sector-shape promise: a sector declared in a single small file of a test (one entity, one
 * indicator) is migrated, seeded, composed and served by the kit beside the others, and the gateway
 * answers its indicators and records for a unit, with no other file of the project touched.
 */
describe('a sector declared inline', () => {
  const databases: TestDatabase[] = [];
  let hub: TestHub;

  beforeAll(async () => {
    for (const definition of [adminUnits, incidents]) databases.push(await createTestDatabase('pglite', definition));
    hub = await startTestHub([adminUnits, incidents].map((definition, i) => ({ definition, db: databases[i]!.db })));
  });
  afterAll(async () => {
    await hub?.stop();
    for (const d of databases) await d.drop();
  });

  it('composes beside every registered subgraph with no error and no hint', async () => {
    const { supergraph, hints } = await composeSupergraph([...subgraphs, incidents]);
    expect(hints).toEqual([]);
    expect(supergraph).toMatch(/incidents: Incidents @join__field\(graph: INCIDENTS\)/);
  });

  it('answers its indicators and records through the gateway, the province equal to the sum of its districts', async () => {
    const res = await hub.query<{ unit: { incidents: Figures; children: Array<{ code: string; incidents: Figures }> } }>(
      `query($period: PeriodInput!) { unit(code: "51", asOf: "2024-06-30") {
        incidents { indicators(period: $period) { code value status } incidents(first: 3) { nodes { id unitCode unit { code } } } }
        children { code incidents { indicators(period: $period) { code value } } }
      } }`,
      { period: { from: '2024-01-01', to: '2024-12-31' } },
    );
    expect(res.errors).toBeUndefined();
    const { incidents: province, children } = res.data!.unit;
    const total = province.indicators[0]!;
    expect(total).toMatchObject({ code: 'IN_INCIDENTS', status: 'FINAL' });
    expect(total.value).toBe(children.reduce((sum, d) => sum + d.incidents.indicators[0]!.value!, 0));
    expect(children.find((d) => d.code === DISTRICT)!.incidents.indicators[0]!.value).toBe(total.value);
    expect(province.incidents!.nodes).toHaveLength(3);
    expect(province.incidents!.nodes.every((n) => n.unit?.code === n.unitCode)).toBe(true);
  });
});

interface Figures {
  indicators: Array<{ code: string; value: number | null; status?: string }>;
  incidents?: { nodes: Array<{ id: string; unitCode: string; unit: { code: string } | null }> };
}
