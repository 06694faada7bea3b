import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndicatorRepository } from '../subgraphs/fisheries/indicators/indicator.repository.js';
import { fisheries } from '../subgraphs/fisheries/index.js';
import { planFleet } from '../subgraphs/fisheries/seed/fleet.js';
import { unitDirectory } from '../subgraphs/kit/units/unit-directory.js';
import { createTestDatabase, TEST_SEED, testDatabaseKinds, type TestDatabase } from './support/test-database.js';

const TABLES = ['TAUCA', 'THIETBI_VMS', 'RAVAO_CANG', 'BANTIN_VITRI', 'VIPHAM'] as const;
const ALL_CODES = unitDirectory.coverageOf({ code: '51', validFrom: '2025-07-01' }).codes;
const MOUNTAIN_DISTRICTS = ['525', '529', '530', '531', '532', '535'];

/** Row counts and a few sums per table: two identical seeds agree on all of them. */
async function fingerprint(knex: Knex) {
  const out: Record<string, unknown> = {};
  for (const table of TABLES) {
    const [row] = await knex(table).count({ rows: '*' }).sum({ deleted: table === 'BANTIN_VITRI' ? 'ID_TAU' : 'DAXOA' }).max({ id: table === 'TAUCA' ? 'SODANGKY' : 'ID_TAU' });
    out[table] = row;
  }
  out.byUnit = await knex('TAUCA').select('MAHUYEN', 'MAXA', 'NHOMCHIEUDAI').count({ n: '*' }).groupBy('MAHUYEN', 'MAXA', 'NHOMCHIEUDAI').orderBy(['MAHUYEN', 'MAXA', 'NHOMCHIEUDAI']);
  return out;
}

describe.each(testDatabaseKinds)('fisheries demo seed on %s', (kind) => {
  let first: TestDatabase;
  let second: TestDatabase;

  beforeAll(async () => {
    first = await createTestDatabase(kind, fisheries);
    second = await createTestDatabase(kind, fisheries);
  });
  afterAll(async () => {
    await first?.drop();
    await second?.drop();
  });

  it('is deterministic: two seeds at the same scale hold the same rows and the same indicator measures', async () => {
    expect(await fingerprint(second.db.knex)).toEqual(await fingerprint(first.db.knex));
    const period = { from: '2024-01-01', to: '2024-12-31' };
    const a = await new IndicatorRepository(first.db).measures(ALL_CODES, period);
    const b = await new IndicatorRepository(second.db).measures(ALL_CODES, period);
    expect([...b]).toEqual([...a]);
    expect(a.size).toBeGreaterThan(40);
  });

  it('seeds scale 1 with modest volumes', async () => {
    const counts = Object.fromEntries(
      await Promise.all(TABLES.map(async (t) => [t, Number((await first.db.knex(t).count({ n: '*' }))[0]!.n)] as const)),
    );
    expect(counts.TAUCA).toBe(2000);
    expect(counts.THIETBI_VMS).toBeGreaterThan(600);
    expect(counts.RAVAO_CANG).toBeLessThan(60_000);
    expect(counts.BANTIN_VITRI).toBeLessThan(25_000);
    expect(counts.VIPHAM).toBeGreaterThan(800);
  });

  it('looks like a coastal registry: realistic numbers, no mountain fleet, ~1% soft-deleted, VMS on most ≥ 15 m vessels', async () => {
    const knex = first.db.knex;
    const vessels: Array<{ SODANGKY: string; MAHUYEN: string | null; DAXOA: number }> = await knex('TAUCA').select('SODANGKY', 'MAHUYEN', 'DAXOA');
    expect(vessels.every((v) => /^QNg-9\d{4}-TS$/.test(v.SODANGKY))).toBe(true);
    expect(new Set(vessels.map((v) => v.SODANGKY)).size).toBe(vessels.length);
    expect(vessels.filter((v) => v.MAHUYEN !== null && MOUNTAIN_DISTRICTS.includes(v.MAHUYEN))).toEqual([]);
    const deleted = vessels.filter((v) => Number(v.DAXOA) === 1).length;
    expect(deleted).toBeGreaterThan(5);
    expect(deleted).toBeLessThan(50);
    const lySon = vessels.filter((v) => v.MAHUYEN === '536').length;
    expect(lySon).toBeGreaterThan(200);
    const offshore = (await knex('TAUCA').where('DAXOA', 0).whereNull('NGAYXOADANGKY').whereIn('NHOMCHIEUDAI', ['03', '04']).count({ n: '*' }))[0]!.n;
    const fitted = (await knex('THIETBI_VMS').where('DAXOA', 0).whereNull('NGAYGO').countDistinct({ n: 'ID_TAU' }))[0]!.n;
    expect(Number(fitted) / Number(offshore)).toBeGreaterThan(0.8);
    expect(Number(fitted) / Number(offshore)).toBeLessThan(0.98);
  });

  it('scales the fleet with the scale option', () => {
    expect(planFleet(0.25, TEST_SEED.until).vessels).toHaveLength(500);
    expect(planFleet(2, TEST_SEED.until).vessels).toHaveLength(4000);
  });
});
