import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fisheries } from '../index.js';
import { planFleet } from './fleet.js';
import { planVoyages } from './voyages.js';
import { planViolations } from './violations.js';
import { fromDmy, todayInVietnam, toIsoDate } from '../../kit/dates.js';
import { createTestDatabase, TEST_SEED, testDatabaseKinds, type TestDatabase } from '../../kit/testing/test-database.js';

const TABLES = ['TAUCA', 'TAUCA_DANGKY', 'THIETBI_VMS', 'RAVAO_CANG', 'BANTIN_VITRI', 'MATKETNOI_VMS', 'VIPHAM'] as const;
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
    const vessels: Array<{ SODANGKY: string; MAHUYEN: string | null; DAXOA: number; NHOMCHIEUDAI: string; CANGCA: string | null }> = await knex('TAUCA').select(
      'SODANGKY',
      'MAHUYEN',
      'DAXOA',
      'NHOMCHIEUDAI',
      'CANGCA',
    );
    expect(vessels.every((v) => /^(QNg|KT)-9\d{4}-TS$/.test(v.SODANGKY))).toBe(true);
    // Old Kon Tum has only small reservoir boats, with no sea port.
    const konTum = vessels.filter((v) => v.MAHUYEN?.startsWith('6'));
    expect(konTum.length).toBeGreaterThan(20);
    expect(konTum.every((v) => v.SODANGKY.startsWith('KT-') && v.NHOMCHIEUDAI === '01' && v.CANGCA === null)).toBe(true);
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

  it('keeps every registration record: one per vessel, two for a vessel re-registered under its new commune', async () => {
    const knex = first.db.knex;
    const vessels: Array<{ ID_TAU: number; NGAYCAPLAI: unknown; MAXA: string | null }> = await knex('TAUCA').select('ID_TAU', 'NGAYCAPLAI', 'MAXA');
    const records: Array<{ ID_TAU: number; MAHUYEN: string | null; MAXA: string | null; DENNGAY: unknown }> = await knex('TAUCA_DANGKY').orderBy('TUNGAY').select('ID_TAU', 'MAHUYEN', 'MAXA', 'DENNGAY');
    const byVessel = new Map<number, typeof records>();
    for (const r of records) byVessel.set(r.ID_TAU, [...(byVessel.get(r.ID_TAU) ?? []), r]);
    for (const v of vessels) {
      const own = byVessel.get(v.ID_TAU) ?? [];
      expect(own, String(v.ID_TAU)).toHaveLength(v.NGAYCAPLAI === null ? 1 : 2);
      if (v.NGAYCAPLAI !== null) {
        expect(own[0]!.MAHUYEN).not.toBeNull();
        expect(own[0]!.DENNGAY).not.toBeNull();
        expect(own[1]).toMatchObject({ MAHUYEN: null, MAXA: v.MAXA });
      }
    }
  });

  it('logs every VMS silence of a trip for good, closed when the vessel reports again', async () => {
    const knex = first.db.knex;
    const rows: Array<{ BATDAU: Date; KETTHUC: Date | null }> = await knex('MATKETNOI_VMS').select('BATDAU', 'KETTHUC');
    expect(rows.length).toBeGreaterThan(300);
    expect(rows.some((r) => new Date(r.BATDAU) < new Date('2024-01-01'))).toBe(true);
    expect(rows.filter((r) => r.KETTHUC !== null && new Date(r.KETTHUC) <= new Date(r.BATDAU))).toEqual([]);
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
    const { portCalls, positions, signalLosses } = planVoyages(fleet, today);
    const violations = planViolations(fleet.vessels, 0.25, today);
    const times = [...portCalls, ...positions, ...violations].map((r) => (r.THOIGIAN as Date).getTime());
    times.push(...signalLosses.flatMap((r) => [r.BATDAU as Date, r.KETTHUC as Date | null]).filter((t) => t !== null).map((t) => t.getTime()));
    expect(times.length).toBeGreaterThan(1_000);
    expect(times.filter((t) => t > now)).toEqual([]);
  });

  it('scales the fleet with the scale option', () => {
    expect(planFleet(0.25, TEST_SEED.until).vessels).toHaveLength(500);
    expect(planFleet(2, TEST_SEED.until).vessels).toHaveLength(4000);
  });
});
