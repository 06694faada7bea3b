import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print, type DefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../../subgraphs/kit/testing/test-database.js';
import type { IndicatorAnswer } from '../../subgraphs/kit/testing/unit-queries.js';
import { subgraphs } from '../../subgraphs/all.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

const QUERIES = join(import.meta.dirname, '..', '..', 'clients', 'queries');
const OVERVIEW = readFileSync(join(QUERIES, 'province-overview.graphql'), 'utf8');
/** Every dashboard operation the project documents (generated from the registry), run as written. */
const DASHBOARD_QUERIES = readdirSync(QUERIES).filter((f) => f.endsWith('.graphql'));
const VARIABLES = { province: '51', asOf: '2024-06-30', period: { from: '2024-01-01', to: '2024-12-31' } };
/** Every registered sector: its field on AdministrativeUnit and the list the overview shows. */
const SECTORS = subgraphs.flatMap((s) => (s.sector ? [{ name: s.name, field: s.sector.field, list: s.sector.overview.list, specs: s.sector.indicators.specs }] : []));

/** The same sector selection on the first `n` districts, to compare statement counts. */
const FIRST_DISTRICTS = `query Districts($asOf: Date, $period: PeriodInput!, $n: Int!, $records: Int = 5) {
  units(parentCode: "51", asOf: $asOf, first: $n) { nodes { code ...SectorFigures } }
}
${parse(OVERVIEW)
  .definitions.filter((d: DefinitionNode) => d.kind === Kind.FRAGMENT_DEFINITION)
  .map((d) => print(d))
  .join('\n')}`;

type Indicator = IndicatorAnswer;
type Sector = { indicators: Indicator[] } & Record<string, { nodes: unknown[] }>;
type Unit = { code: string; children?: Unit[] } & Record<string, Sector | null>;

const byCode = (list: Indicator[]) => new Map(list.map((i) => [i.code, i]));

describe.each(testDatabaseKinds)('province overview through the gateway on %s', (kind) => {
  // The test hub brings its own audit subgraph.
  const parts = subgraphs.filter((s) => s.name !== 'audit').map((definition) => ({ definition, database: undefined as unknown as TestDatabase }));
  let hub: TestHub;

  beforeAll(async () => {
    for (const part of parts) part.database = await createTestDatabase(kind, part.definition);
    hub = await startTestHub(parts.map((p) => ({ definition: p.definition, db: p.database.db })));
  }, 300_000);
  afterAll(async () => {
    await hub?.stop();
    for (const part of parts) await part.database?.drop();
  });

  it('answers 13 districts with every sector, and the province equals the sum of its districts', async () => {
    const res = await hub.query<{ province: Unit }>(OVERVIEW, VARIABLES);
    expect(res.errors).toBeUndefined();
    const province = res.data!.province;
    expect(province.children).toHaveLength(13);
    for (const { field, specs } of SECTORS) {
      const total = byCode(province[field]!.indicators);
      expect(total.size).toBeGreaterThan(3);
      for (const [code, indicator] of total) {
        const spec = specs.find((x) => x.code === code)!;
        const parts = province.children!.map((d) => byCode(d[field]!.indicators).get(code)!);
        if (indicator.status === 'NO_DATA') {
          // Only a figure computed from data kept for recent days (VMS positions) lacks 2024.
          expect(indicator.value, code).toBeNull();
          expect(parts.every((p) => p.status === 'NO_DATA' && p.value === null), code).toBe(true);
          continue;
        }
        if (spec.onlyFor === 'PROVINCE') {
          // Published for the province only: no district figure, never 0 (the province's own part
          // is its unattributed figure, checked by the conformance suite).
          expect(indicator.value, code).not.toBeNull();
          expect(parts.every((p) => p.status === 'NO_DATA' && p.value === null), code).toBe(true);
          expect(indicator.status).toBe('FINAL');
          continue;
        }
        const sum = (field: 'value' | 'numerator' | 'denominator') => parts.reduce((s, p) => s + (p[field] ?? 0), 0);
        if (spec.kind !== 'TOTAL') {
          expect(indicator.numerator, `${code} numerator`).toBe(sum('numerator'));
          expect(indicator.denominator, `${code} denominator`).toBe(sum('denominator'));
          const factor = spec.kind === 'RATE' ? 100 : 1;
          if (indicator.denominator) expect(indicator.value).toBeCloseTo((factor * indicator.numerator!) / indicator.denominator, 2);
        } else {
          expect(indicator.value, code).toBeCloseTo(sum('value'), 6);
        }
        expect(indicator.status).toBe('FINAL');
      }
      // Real activity, not an empty seed: the province has records in every sector.
      expect([...total.values()].some((i) => (i.value ?? 0) > 0)).toBe(true);
    }
    // Every sector lists records for several districts (not every sector has records everywhere).
    for (const { field, list } of SECTORS) {
      const listed = province.children!.filter((d) => d[field]![list]!.nodes.length === 5).length;
      expect(listed, field).toBeGreaterThan(3);
    }
  });

  it('issues as many SQL statements for 13 districts as for 2', async () => {
    const statementsFor = async (n: number) => {
      for (const part of parts) part.database.statements.length = 0;
      const res = await hub.query(FIRST_DISTRICTS, { ...VARIABLES, n });
      expect(res.errors).toBeUndefined();
      expect((res.data as { units: { nodes: unknown[] } }).units.nodes).toHaveLength(n);
      return Object.fromEntries(parts.map((p) => [p.definition.name, p.database.statements.length]));
    };
    const two = await statementsFor(2);
    const thirteen = await statementsFor(13);
    expect(thirteen).toEqual(two);
    expect(Object.values(thirteen).reduce((a, b) => a + b, 0)).toBeLessThan(30);
  });

  it('answers "old district 524 today" in one request: the area its successors cover, every sector on it', async () => {
    const sectors = SECTORS.map((s) => `${s.field} { indicators(period: $period) { code value numerator status statusReason } }`).join(' ');
    const res = await hub.query<{ unit: Unit & { successorArea: Unit & { id: string; units: Unit[] } } }>(
      `query($period: PeriodInput!) { unit(code: "524", asOf: "2024-06-30") { code ${sectors} successorArea(asOf: "2026-06-30") { id units { code } ${sectors} } } }`,
      { period: VARIABLES.period },
    );
    expect(res.errors).toBeUndefined();
    const { unit } = res.data!;
    expect(unit.successorArea.units.map((u) => u.code)).toEqual(['21040', '21061', '21085', '21100', '21109']);
    for (const { field } of SECTORS) {
      const district = byCode(unit[field]!.indicators);
      for (const value of unit.successorArea[field]!.indicators) {
        // The new communes hold all of 524 and one commune of 522 (Tịnh Hòa): no count is smaller.
        expect(value.status, `${field} ${value.code}`).toBe(district.get(value.code)!.status);
        if (value.value !== null && value.numerator === null) expect(value.value, `${field} ${value.code}`).toBeGreaterThanOrEqual(district.get(value.code)!.value!);
      }
    }
  });

  it.each(DASHBOARD_QUERIES)('answers the documented dashboard operation %s with its documented variables, every sector present', async (file) => {
    const text = readFileSync(join(QUERIES, file), 'utf8');
    const variables = JSON.parse(/^# Variables: (.*)$/m.exec(text)![1]!) as Record<string, unknown>;
    const res = await hub.query<{ unit?: Record<string, unknown>; province?: Record<string, unknown> }>(text, variables);
    expect(res.errors).toBeUndefined();
    const root = (res.data!.unit ?? res.data!.province) as Record<string, unknown>;
    const scope = (root.successorArea ?? root) as Record<string, Record<string, unknown> | null>;
    // Every sector the operation asks about (all of them, but for an operation on one kind of source).
    const asked = SECTORS.filter(({ field }) => new RegExp(`^\\s+${field} \\{`, 'm').test(text));
    expect(asked.length).toBeGreaterThan(0);
    for (const { field } of asked) {
      const sector = scope[field];
      expect(sector, `${file} ${field}`).toBeTruthy();
      const values = Object.values(sector!).flatMap((v) => (Array.isArray(v) ? (v as Indicator[]) : []));
      const lists = Object.values(sector!).filter((v): v is { totalCount: number; nodes: unknown[] } => !!v && typeof v === 'object' && 'nodes' in v);
      // Something real in each: a figure with a value, or records with their total.
      expect(values.some((v) => v.value !== null) || lists.some((l) => l.nodes.length > 0 && l.totalCount >= l.nodes.length), `${file} ${field}`).toBe(true);
    }
  });

  it('answers a dashboard opened on many screens at once with one subgraph request per fetch, not one per screen', async () => {
    const requestsTo = async (name: string) => {
      const text = await (await fetch(hub.subgraphs.get(name)!.url.replace(/\/graphql$/, '/metrics'))).text();
      return [...text.matchAll(/^ioc_hub_requests_total\{[^}]*\} (\d+)/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
    };
    // Periods no earlier test asked for, so no answer comes from the response cache. Any sector will do.
    const sector = SECTORS[0]!.name;
    const before = await requestsTo(sector);
    await hub.query(OVERVIEW, { ...VARIABLES, period: { from: '2023-01-01', to: '2023-06-30' } });
    const one = (await requestsTo(sector)) - before;
    expect(one).toBe(2); // the province and its districts
    const screens = 8;
    const start = await requestsTo(sector);
    const answers = await Promise.all(Array.from({ length: screens }, () => hub.query(OVERVIEW, { ...VARIABLES, period: { from: '2023-07-01', to: '2023-12-31' } })));
    const many = (await requestsTo(sector)) - start;
    for (const a of answers) expect(a.errors).toBeUndefined();
    expect(new Set(answers.map((a) => JSON.stringify(a.data))).size).toBe(1);
    expect(many).toBeLessThan(screens * one);
  });

  it('keeps answering the other sectors when one subgraph is down, naming the missing one', async () => {
    const [down, ...up] = SECTORS;
    await hub.subgraphs.get(down!.name)!.stop();
    const res = await hub.query<{ province: Unit }>(OVERVIEW, VARIABLES);
    const province = res.data!.province;
    expect(province.children).toHaveLength(13);
    expect(province[down!.field]).toBeNull();
    expect(province.children!.every((d) => d[down!.field] === null)).toBe(true);
    for (const { field } of up) expect(province[field]!.indicators.length, field).toBeGreaterThan(0);
    expect(res.errors!.length).toBeGreaterThan(0);
    for (const error of res.errors!) expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: down!.name });
  });
});
