import { createHash } from 'node:crypto';
import { getNamedType, isNonNullType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../../lib/caller.js';
import { oldDistricts, referenceData } from '../../../reference/admin-units/reference-units.js';
import type { Database } from '../database/database.js';
import { mssqlDialect } from '../dialect/mssql.js';
import { buildFederatedSchema } from '../graphql/build-schema.js';
import type { RunningSubgraph } from '../server/serve-subgraph.js';
import type { AnySubgraphDefinition, SectorInfo } from '../subgraph-definition.js';
import { codesOf, UnitDirectory } from '../units/unit-directory.js';
import { postToSubgraph, startTestSubgraph, type GraphQLBody } from './graphql-client.js';
import { recordingRepositoryCalls, replayRepositoryCalls, repositoriesIn, type RepositoryCall } from './repository-calls.js';
import { rootQueries, selectionOf } from './schema-walk.js';
import { recordingKnex } from './sql-recorder.js';
import { localCaller, TEST_CALLERS } from './test-credentials.js';
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from './test-database.js';
import type { IndicatorAnswer } from './unit-queries.js';

const OLD = '2000-01-01';
const YEAR_2024 = { from: '2024-01-01', to: '2024-12-31' };
const DISTRICTS = oldDistricts('51').map((d) => d.code);
const directory = new UnitDirectory(referenceData);

/** PostgreSQL-only syntax that must never reach SQL Server. */
const POSTGRES_ONLY = /::|\bfilter\s*\(|\|\||\binterval\b|\bany\s*\(|\bilike\b|\blateral\b|\bat time zone\b|\bdistinct on\b|\breturning\b/i;

const unit = (code: string, validFrom = OLD) => ({ __typename: 'AdministrativeUnit', code, validFrom });

type Indicator = IndicatorAnswer;

/** A local IOC for old district 524 (Bình Sơn): may see only its records. */
const LOCAL_524 = localCaller('524');

/** `{ <field> { indicators … <overview list> { nodes { unitCode … } } } }` for `_entities` on units. */
function sectorSelection(sector: SectorInfo, extra = ''): string {
  const args = sector.overview.arguments ? `(${sector.overview.arguments})` : '';
  return `${sector.field} { indicators(period: $period) { code unitOfMeasure value numerator denominator status }
    ${sector.overview.list}${args} { nodes { unitCode ${extra} } } }`;
}

const entitiesQuery = (selection: string) => `query($reps: [_Any!]!, $period: PeriodInput!, $records: Int) {
  _entities(representations: $reps) { ... on AdministrativeUnit { code ${selection} } }
}`;

/** A digest of every row of every table the seed wrote, independent of row order. */
async function digestOf(db: Database): Promise<Record<string, string>> {
  const tables = await tablesOf(db.knex);
  const digest: Record<string, string> = {};
  for (const table of tables) {
    const rows: Array<Record<string, unknown>> = await db.knex(table).select('*');
    const lines = rows.map((r) => JSON.stringify(r)).sort();
    digest[table] = `${rows.length}:${createHash('sha256').update(lines.join('\n')).digest('hex')}`;
  }
  return digest;
}

async function tablesOf(knex: Knex): Promise<string[]> {
  const rows: Array<{ table_name: string }> = await knex('information_schema.tables')
    .select('table_name')
    .whereRaw('table_schema = current_schema()')
    .andWhere('table_type', 'BASE TABLE');
  return rows.map((r) => r.table_name).filter((t) => !t.startsWith('hub_')).sort();
}

/** Every `nodes`/`edges` list in an answer, and every indicator value, wherever they are. */
function walk(value: unknown, visit: (key: string, value: unknown) => void): void {
  if (Array.isArray(value)) for (const v of value) walk(v, visit);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      visit(k, v);
      walk(v, visit);
    }
  }
}

const byCode = (list: Indicator[]) => new Map(list.map((i) => [i.code, i]));

/**
 * The rules every sector keeps, checked the same way for each registered sector on the given
 * database: sums add up from districts to the province, the number of SQL statements does not grow
 * with the number of units, records are narrowed to the caller's area in the SQL, every field
 * answers, every repository call has T-SQL free of PostgreSQL-only syntax, the seed is
 * deterministic, and no soft-deleted row is ever counted or listed.
 */
export function describeSectorConformance(definition: AnySubgraphDefinition, kind: TestDatabaseKind): void {
  const sector = definition.sector;
  if (!sector) throw new Error(`${definition.name} is not a sector`);

  describe(`${definition.name} keeps the sector rules on ${kind}`, () => {
    const calls: RepositoryCall[] = [];
    let database: TestDatabase;
    let subgraph: RunningSubgraph;
    let sectorType: GraphQLObjectType;
    const gql = <T>(query: string, variables?: Record<string, unknown>, as: Caller = TEST_CALLERS.province) => postToSubgraph<T>(subgraph.url, query, variables, as);
    type Units = { _entities: Array<{ code: string } & Record<string, { indicators: Indicator[] } & Record<string, { nodes: Array<Record<string, unknown>> }>>> };

    beforeAll(async () => {
      database = await createTestDatabase(kind, definition);
      subgraph = await startTestSubgraph(recordingRepositoryCalls(definition, calls), database.db);
      const { schema } = await buildFederatedSchema(definition);
      sectorType = schema.getType(sector.typeName) as GraphQLObjectType;
    });
    afterAll(async () => {
      await subgraph?.stop();
      await database?.drop();
    });

    it('adds up: old province 51 in 2024 equals the sum of its 13 districts and its unattributed part, for every count, numerator and denominator', async () => {
      const unattributedQuery = `query($reps: [_Any!]!, $period: PeriodInput!) { _entities(representations: $reps) { ... on AdministrativeUnit {
        ${sector.field} { unattributedIndicators(period: $period) { code unitOfMeasure value numerator denominator status } } } } }`;
      const reps = ['51', ...DISTRICTS].map((c) => unit(c));
      const res = await gql<Units>(entitiesQuery(sectorSelection(sector)), { reps, period: YEAR_2024, records: 1 });
      const own = await gql<Units>(unattributedQuery, { reps: [unit('51')], period: YEAR_2024 });
      expect(res.errors).toBeUndefined();
      expect(own.errors).toBeUndefined();
      const [province, ...districts] = res.data!._entities.map((e) => byCode(e[sector.field]!.indicators));
      const unattributed = byCode((own.data!._entities[0]![sector.field] as unknown as { unattributedIndicators: Indicator[] }).unattributedIndicators);
      expect(districts).toHaveLength(13);
      expect(province!.size).toBe(sector.indicators.specs.length);
      const sum = (code: string, part: 'value' | 'numerator' | 'denominator') =>
        districts.reduce((s, d) => s + (d.get(code)![part] ?? 0), 0) + (unattributed.get(code)![part] ?? 0);
      for (const spec of sector.indicators.specs) {
        const total = province!.get(spec.code)!;
        expect(total.status, spec.code).toBe('FINAL');
        if (spec.kind === 'TOTAL') expect(total.value, spec.code).toBeCloseTo(sum(spec.code, 'value'), 6);
        else expect([total.numerator, total.denominator], spec.code).toEqual([sum(spec.code, 'numerator'), sum(spec.code, 'denominator')]);
        // Published only for the province: below it NO_DATA, never 0.
        if (spec.onlyFor === 'PROVINCE') for (const d of districts) expect(d.get(spec.code), spec.code).toMatchObject({ value: null, status: 'NO_DATA' });
      }
      expect([...province!.values()].some((i) => (i.value ?? 0) > 0), 'the seed has activity').toBe(true);
    });

    it('issues as many SQL statements for 13 districts as for 2', async () => {
      const statementsFor = async (codes: string[]) => {
        database.statements.length = 0;
        const res = await gql<Units>(entitiesQuery(sectorSelection(sector)), { reps: codes.map((c) => unit(c)), period: { from: '2023-01-01', to: '2023-12-31' }, records: 5 });
        expect(res.errors).toBeUndefined();
        return database.statements.length;
      };
      const two = await statementsFor(DISTRICTS.slice(0, 2));
      const thirteen = await statementsFor(DISTRICTS);
      expect(thirteen).toBe(two);
      expect(thirteen).toBeLessThanOrEqual(4);
    });

    it("narrows records to the caller's area in the SQL, not afterwards; indicators stay shared", async () => {
      const allowed = codesOf(directory.recordArea(['524']))!;
      const query = entitiesQuery(sectorSelection(sector));
      database.queries.length = 0;
      const scoped = await gql<Units>(query, { reps: [unit('51')], period: YEAR_2024, records: 200 }, LOCAL_524);
      expect(scoped.errors).toBeUndefined();
      const nodes = scoped.data!._entities[0]![sector.field]![sector.overview.list]!.nodes;
      for (const node of nodes) expect(allowed.has(String(node.unitCode)), String(node.unitCode)).toBe(true);
      // Every list of unit codes bound into the SQL is inside the area.
      const codeLists = database.queries.flatMap((q) => q.bindings.filter((b): b is string[] => Array.isArray(b) && b.length > 0 && b.every((c) => /^(\d{3}|\d{5})$/.test(String(c)))));
      expect(codeLists.length).toBeGreaterThan(0);
      for (const codes of codeLists) expect(codes.filter((c) => !allowed.has(c))).toEqual([]);
      // A unit wholly outside the area: its records are FORBIDDEN, its indicators shared with every role.
      const outside = await gql<Units>(query, { reps: [unit('522')], period: YEAR_2024, records: 5 }, LOCAL_524);
      const everyone = await gql<Units>(query, { reps: [unit('522')], period: YEAR_2024, records: 5 });
      expect(outside.data!._entities[0]![sector.field]![sector.overview.list]).toBeNull();
      expect(outside.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(outside.data!._entities[0]![sector.field]!.indicators).toEqual(everyone.data!._entities[0]![sector.field]!.indicators);
    });

    it('shows a developer aggregates only, and personal data only with pii:read and a declared purpose', async () => {
      const query = entitiesQuery(sectorSelection(sector));
      const developer = await gql<Units>(query, { reps: [unit('524')], period: YEAR_2024, records: 5 }, TEST_CALLERS.developer);
      expect(developer.data!._entities[0]![sector.field]![sector.overview.list]).toBeNull();
      expect(developer.data!._entities[0]![sector.field]!.indicators.length).toBe(sector.indicators.specs.length);
      expect(developer.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      const { schema } = await buildFederatedSchema(definition);
      const personal = personalFieldsOf(schema);
      // Every field returning personal data is tagged for the gateway and guarded in the subgraph.
      for (const field of personal) expect(field.tags, field.name).toEqual(expect.arrayContaining(['requiresScopes', 'personalData']));
      const everything = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on AdministrativeUnit { ${sector.field} ${selectionOf(sectorType)} } } }`;
      for (const as of [TEST_CALLERS.province, { ...TEST_CALLERS.auditor, purpose: null }]) {
        const body = await gql(everything, { reps: [unit('524')] }, as);
        const codes = new Set((body.errors ?? []).map((e) => e.extensions?.code));
        expect([...codes].filter((c) => c !== 'FORBIDDEN' && c !== 'BAD_USER_INPUT')).toEqual([]);
        if (personal.length > 0) expect(codes.has('FORBIDDEN'), `${as.id} reads personal data`).toBe(true);
      }
    });

    it('answers every field of its schema, and every repository call it makes has T-SQL free of PostgreSQL-only syntax', async () => {
      calls.length = 0;
      const reps = [unit('524'), unit('51', '2025-07-01')];
      for (const args of ['required', 'all'] as const) {
        const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on AdministrativeUnit { ${sector.field} ${selectionOf(sectorType, { args })} } } }`;
        expectOnlyCodedErrors(await gql(query, { reps }, TEST_CALLERS.auditor), query);
      }
      const { schema } = await buildFederatedSchema(definition);
      for (const query of rootQueries(schema)) expectOnlyCodedErrors(await gql(query, undefined, TEST_CALLERS.auditor), query);

      const repositories = repositoriesIn(definition.createRepositories(database.db, { cacheMaxAgeSeconds: 0, env: {} }));
      const called = new Set(calls.map((c) => c.path));
      expect(repositories.map((r) => r.path).filter((p) => !called.has(p)), 'repositories no field reached').toEqual([]);

      const { knex, statements } = recordingKnex('mssql');
      const mssql: Database = { kind: 'mssql', knex, dialect: mssqlDialect, ping: async () => {}, close: () => knex.destroy() };
      await replayRepositoryCalls(calls, definition.createRepositories(mssql, { cacheMaxAgeSeconds: 0, env: {} }));
      expect(statements.length).toBeGreaterThan(0);
      for (const sql of statements) expect(sql, sql).not.toMatch(POSTGRES_ONLY);
      await mssql.close();
    });

    describe('a second seed', () => {
      let second: TestDatabase;
      beforeAll(async () => {
        second = await createTestDatabase(kind, definition);
      });
      afterAll(async () => {
        await second?.drop();
      });

      it('is deterministic: the same scale writes the same rows', async () => {
        const [a, b] = [await digestOf(database.db), await digestOf(second.db)];
        expect(Object.keys(a).length).toBeGreaterThan(1);
        expect(b).toEqual(a);
      });

      it('never counts or lists a soft-deleted row', async () => {
        const flagged: string[] = [];
        for (const table of await tablesOf(second.db.knex)) {
          if (await second.db.knex.schema.hasColumn(table, sector.deletedFlag)) {
            await second.db.knex(table).update({ [sector.deletedFlag]: 1 });
            flagged.push(table);
          }
        }
        expect(flagged.length).toBeGreaterThan(0);
        const deleted = await startTestSubgraph(definition, second.db);
        try {
          const post = <T>(query: string, variables?: Record<string, unknown>) => postToSubgraph<T>(deleted.url, query, variables, TEST_CALLERS.auditor);
          const everything = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on AdministrativeUnit { ${sector.field} ${selectionOf(sectorType)} } } }`;
          const answers: Array<GraphQLBody<unknown>> = [await post(everything, { reps: [unit('51'), unit('51', '2025-07-01')] })];
          const { schema } = await buildFederatedSchema(definition);
          for (const query of rootQueries(schema)) answers.push(await post(query));
          for (const answer of answers) {
            walk(answer.data, (key, value) => {
              if (key === 'nodes' || key === 'edges') expect(value, key).toEqual([]);
              if (value && typeof value === 'object' && 'unitOfMeasure' in value && 'value' in value) {
                const i = value as Indicator;
                expect(i.value === null || i.value === 0, `${i.code} = ${i.value}`).toBe(true);
              }
            });
            for (const [field, value] of Object.entries(answer.data ?? {})) {
              if (field !== '_entities') expect(value === null || (Array.isArray(value) && value.length === 0), field).toBe(true);
            }
          }
        } finally {
          await deleted.stop();
        }
      });
    });

    /** Fails on anything but the caller-input errors a generated argument may cause. */
    function expectOnlyCodedErrors(body: GraphQLBody<unknown>, query: string): void {
      const codes = (body.errors ?? []).map((e) => e.extensions?.code);
      expect(codes.filter((c) => c !== 'BAD_USER_INPUT'), `${query}\n${JSON.stringify(body.errors)}`).toEqual([]);
    }
  });

  /** The sector's type exists and has the shell's fields (the suite's own sanity check). */
  describe(`${definition.name} declares a sector type`, () => {
    it(`${sector.typeName} has indicators and the overview list`, async () => {
      const { schema } = await buildFederatedSchema(definition);
      const type = schema.getType(sector.typeName);
      expect(isObjectType(type)).toBe(true);
      const fields = (type as GraphQLObjectType).getFields();
      expect(Object.keys(fields)).toEqual(expect.arrayContaining(['indicators', sector.overview.list]));
      expect(getNamedType(fields.indicators!.type).name).toBe('IndicatorValue');
      // Record lists are nullable, so a FORBIDDEN list leaves the indicators beside it intact.
      const figures = new Set(['indicators', 'unattributedIndicators', 'indicatorSeries']);
      for (const field of Object.values(fields)) if (!figures.has(field.name)) expect(isNonNullType(field.type), field.name).toBe(false);
    });
  });
}

/** The fields whose type has personal data (a person's ID number), with the directives they carry. */
function personalFieldsOf(schema: GraphQLSchema): Array<{ name: string; tags: string[] }> {
  const found: Array<{ name: string; tags: string[] }> = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('_')) continue;
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      if (isObjectType(target) && 'idNumber' in target.getFields()) {
        found.push({ name: `${type.name}.${field.name}`, tags: (field.astNode?.directives ?? []).map((d) => d.name.value) });
      }
    }
  }
  return found;
}
