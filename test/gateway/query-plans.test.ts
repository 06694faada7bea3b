import { operationFromDocument } from '@apollo/federation-internals';
import { prettyFormatQueryPlan, QueryPlanner } from '@apollo/query-planner';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { subgraphs } from '../../subgraphs/all.js';
import { supergraphForPlanner } from '../../gateway/authorization/security-features.js';

const root = join(import.meta.dirname, '..', '..');

/**
 * The gateway's plan for the key dashboard operations, pinned in schema/plans/: a schema change
 * that adds a fetch or a waterfall shows in review as a diff of the plan. Update with
 * `npx vitest run test/gateway/query-plans.test.ts -u` and read the diff.
 */
describe('query plans of the dashboard operations', () => {
  const supergraph = supergraphForPlanner(readFileSync(join(root, 'schema', 'supergraph.graphql'), 'utf8')).supergraph;
  const planner = new QueryPlanner(supergraph);

  const operations = readdirSync(join(root, 'clients', 'queries'))
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => f.replace(/\.graphql$/, ''));

  it('pins every dashboard operation in clients/queries', () => {
    expect(operations).toEqual(expect.arrayContaining(['province-overview', 'unit-trend', 'old-district-today', 'unit-records']));
  });

  it.each(operations)('%s: admin-units once, then every sector fetch in parallel', async (name) => {
    const source = readFileSync(join(root, 'clients', 'queries', `${name}.graphql`), 'utf8');
    const document = parse(source);
    // The sectors the operation asks (all of them, but for operations on one kind of source).
    const sectors = subgraphs.filter((s) => s.sector && new RegExp(`^\\s+${s.sector.field} \\{`, 'm').test(source));
    expect(sectors.length).toBeGreaterThan(0);
    const plan = prettyFormatQueryPlan(planner.buildQueryPlan(operationFromDocument(supergraph.schema, document)));
    await expect(plan).toMatchFileSnapshot(join(root, 'schema', 'plans', `${name}.plan.txt`));
    // admin-units once; then, in one parallel step, every sector (the overview asks each twice: for
    // the province and for all its districts at once, the planner does not merge the two paths). No waterfall.
    const fetches = (service: string) => plan.match(new RegExp(`Fetch\\(service: "${service}"\\)`, 'g'))?.length ?? 0;
    expect(fetches('admin-units')).toBe(1);
    for (const sector of sectors) expect(fetches(sector.name), sector.name).toBe(name === 'province-overview' ? 2 : 1);
    expect(plan).toMatch(/^QueryPlan \{\n {2}Sequence \{\n {4}Fetch\(service: "admin-units"\)/);
    expect(plan.match(/Sequence \{/g)).toHaveLength(1);
    expect(plan.match(/Parallel \{/g)?.length ?? 0).toBe(sectors.length > 1 || name === 'province-overview' ? 1 : 0);
  });
});
