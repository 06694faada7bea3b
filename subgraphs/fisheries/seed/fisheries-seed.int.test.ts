import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fisheries } from '../index.js';
import { planFleet } from './fleet.js';
import { planVoyages } from './voyages.js';
import { planViolations } from './violations.js';
import { fromDmy, todayInVietnam, toIsoDate } from '../../kit/dates.js';
import { createTestDatabase, TEST_SEED, testDatabaseKinds, type TestDatabase } from '../../kit/testing/test-database.js';

const TABLES = ['TAUCA', 'THIETBI_VMS', 'RAVAO_CANG', 'BANTIN_VITRI', 'VIPHAM'] as const;
const MOUNTAIN_DISTRICTS = ['525', '529', '530', '531', '532', '535'];

describe.each(testDatabaseKinds)('fisheries demo seed on %s', (kind) => {
  let first: TestDatabase;

  beforeAll(async () => {
    first = await createTestDatabase(kind, fisheries);
  });
  afterAll(async () => {
    await first?.drop();
  });

  it('seeds scale 1 with modest volumes', async () => {
    const counts = Object.fromEntries(
      await Promise.all(TABLES.map(async (t) => [t, Number((await first.db.knex(t).count({ n: '*' }))[0]!.n)] as const)),
    );
    expect(counts.TAUCA).toBe(2000);
    expect(counts.THIETBI_VMS).toBeGreaterThan(600);
    expect(counts.RAVAO_CANG).toBeLessThan(75_000);
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

  it('fits a VMS device only after its vessel was registered', async () => {
    const rows: Array<{ NGAYLAP: unknown; NGAYDANGKY: string }> = await first.db.knex('THIETBI_VMS as d').join('TAUCA as v', 'v.ID_TAU', 'd.ID_TAU').select('d.NGAYLAP', 'v.NGAYDANGKY');
    expect(rows.length).toBeGreaterThan(600);
    expect(rows.filter((r) => toIsoDate(r.NGAYLAP as string | Date) < fromDmy(r.NGAYDANGKY)!)).toEqual([]);
  });

  it('writes nothing later than now when it seeds up to today', () => {
    const today = todayInVietnam();
    const now = Date.now();
    const fleet = planFleet(0.25, today);
    const { portCalls, positions } = planVoyages(fleet, today);
    const violations = planViolations(fleet.vessels, 0.25, today);
    const times = [...portCalls, ...positions, ...violations].map((r) => (r.THOIGIAN as Date).getTime());
    expect(times.length).toBeGreaterThan(1_000);
    expect(times.filter((t) => t > now)).toEqual([]);
  });

  it('scales the fleet with the scale option', () => {
    expect(planFleet(0.25, TEST_SEED.until).vessels).toHaveLength(500);
    expect(planFleet(2, TEST_SEED.until).vessels).toHaveLength(4000);
  });
});
