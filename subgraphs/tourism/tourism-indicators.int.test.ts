import type { Knex } from 'knex';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../lib/caller.js';
import { newCommunes, oldDistricts, referenceData } from '../../reference/admin-units/reference-units.js';
import { addDays, toIsoDate } from '../kit/dates.js';
import { useTestSubgraph } from '../kit/testing/subgraph-fixture.js';
import { testDatabaseKinds } from '../kit/testing/test-database.js';
import { scopedTo, unitRepresentation } from '../kit/testing/unit-queries.js';
import { UnitDirectory } from '../kit/units/unit-directory.js';
import { INDICATORS } from './indicators/indicators.js';
import { tourism } from './index.js';

const directory = new UnitDirectory(referenceData);

const OLD = '2000-01-01';
const NEW = '2025-07-01';
const YEAR_2024 = { from: '2024-01-01', to: '2024-12-31' };
const HALF_2024 = { from: '2024-01-01', to: '2024-06-30' };
const DISTRICTS_51 = oldDistricts('51').map((d) => d.code);
const DISTRICTS_62 = oldDistricts('62').map((d) => d.code);
const CODES = INDICATORS.specs.map((s) => s.code);
const STATISTICS = ['TO_GUESTS', 'TO_GUESTS_INTERNATIONAL', 'TO_GUESTS_DOMESTIC', 'TO_GUEST_DAYS', 'TO_REVENUE'];
const REGISTER = CODES.filter((c) => !STATISTICS.includes(c));

interface Value {
  code: string;
  value: number | null;
  status: string;
  statusReason: string | null;
}
interface Revision {
  publishedOn: string;
  value: number | null;
  status: string;
}
type Figures = Record<string, Value & { revisions?: Revision[] | null; yearToDate?: Value | null; changeFromPreviousYear?: { percent: number | null; status: string } | null }>;

/** A DL_TK_THANG row as the tests read it, straight from the table. */
interface StatisticsRow {
  MA_TINH: string;
  NAM: number;
  THANG: number;
  LAN: number;
  UOC_TINH: number;
  NGAY_CONG_BO: string;
  KHACH_QT: number;
  KHACH_NOIDIA: number;
  NGAY_KHACH: number;
  DOANH_THU: string | number;
  DAXOA: number;
}

describe.each(testDatabaseKinds)('tourism indicators on %s', (kind) => {
  const fixture = useTestSubgraph(kind, tourism);
  let knex: Knex;
  let rows: StatisticsRow[];
  beforeAll(async () => {
    knex = fixture.database.db.knex;
    rows = ((await knex('DL_TK_THANG').select('*')) as StatisticsRow[]).map((r) => ({ ...r, NGAY_CONG_BO: toIsoDate(r.NGAY_CONG_BO), NAM: Number(r.NAM), THANG: Number(r.THANG), LAN: Number(r.LAN) }));
  });

  /** `tourism { indicators(…) { … } }` of each unit, through `_entities` as the gateway asks. */
  async function figures(keys: ReadonlyArray<readonly [string, string]>, period: { from: string; to: string }, options: { asPublishedOn?: string; extra?: string; part?: 'unattributedIndicators'; as?: Caller } = {}) {
    const field = options.part ?? 'indicators';
    const published = field === 'indicators';
    const args = published ? '(period: $period, asPublishedOn: $day)' : '(period: $period)';
    const res = await fixture.gql<{ _entities: Array<{ tourism: Record<string, Value[]> }> }>(
      `query($r: [_Any!]!, $period: PeriodInput!${published ? ', $day: Date' : ''}) { _entities(representations: $r) { ... on AdministrativeUnit { tourism {
        ${field}${args} { code value status statusReason ${options.extra ?? ''} } } } } }`,
      { r: keys.map(([code, validFrom]) => unitRepresentation(code, validFrom)), period, ...(published ? { day: options.asPublishedOn ?? null } : {}) },
      options.as,
    );
    expect(res.errors).toBeUndefined();
    return res.data!._entities.map((e) => Object.fromEntries(e.tourism[field]!.map((v) => [v.code, v])) as Figures);
  }

  /** Each month's newest live revision published by `day` (or ever), the independent way: in memory. */
  function inForce(province: string, period: { from: string; to: string }, day: string | null = null): StatisticsRow[] {
    const newest = new Map<string, StatisticsRow>();
    for (const r of rows) {
      const first = `${r.NAM}-${String(r.THANG).padStart(2, '0')}-01`;
      const last = toIsoDate(new Date(Date.UTC(r.NAM, r.THANG, 0)));
      if (r.MA_TINH !== province || r.DAXOA === 1 || first < period.from || last > period.to || (day !== null && r.NGAY_CONG_BO > day)) continue;
      if ((newest.get(first)?.LAN ?? 0) < r.LAN) newest.set(first, r);
    }
    return [...newest.values()];
  }
  const guests = (list: StatisticsRow[]) => list.reduce((s, r) => s + Number(r.KHACH_QT) + Number(r.KHACH_NOIDIA), 0);

  it('seeds a small sample: every old district has establishments and attractions, the statistics table every month since 2023', async () => {
    const count = async (table: string) => Number(((await knex(table).count('* as n')) as Array<{ n: string }>)[0]!.n);
    expect(await count('DL_CSLT')).toBeGreaterThan(700);
    expect(await count('DL_CSLT')).toBeLessThan(1_500);
    expect(await count('DL_DIEMDULICH')).toBeGreaterThan(80);
    expect(await count('DL_DIEMDULICH')).toBeLessThan(130);
    expect(rows.length).toBeGreaterThan(150);
    expect(rows.length).toBeLessThan(250);
    const [y2024] = await figures([['51', OLD]], YEAR_2024);
    const districts = [...DISTRICTS_51, ...DISTRICTS_62];
    const all = await figures(districts.map((d) => [d, OLD] as const), YEAR_2024);
    all.forEach((f, i) => {
      expect(f.TO_ESTABLISHMENTS!.value, districts[i]).toBeGreaterThan(0);
      expect(f.TO_ATTRACTIONS!.value, districts[i]).toBeGreaterThan(0);
    });
    expect(y2024!.TO_ESTABLISHMENTS!.value).toBeGreaterThan(400);
    // Old 51 and old 62 until June 2025, the new 51 from July 2025; each month an estimate on its last day.
    const months = new Set(rows.map((r) => `${r.MA_TINH}/${r.NAM}-${String(r.THANG).padStart(2, '0')}`));
    expect(months.has('62/2025-06')).toBe(true);
    expect(months.has('62/2025-07')).toBe(false);
    expect(months.has('51/2023-01')).toBe(true);
    expect(months.has('51/2026-10')).toBe(true);
    expect(rows.filter((r) => r.LAN === 1).every((r) => r.UOC_TINH === 1 && r.NGAY_CONG_BO === toIsoDate(new Date(Date.UTC(r.NAM, r.THANG, 0))))).toBe(true);
    expect(rows.filter((r) => r.LAN > 1).every((r) => r.UOC_TINH === 0)).toBe(true);
    expect(rows.some((r) => r.LAN === 3 && r.DAXOA === 0)).toBe(true);
    // Establishments licensed from the reform on carry new commune codes only.
    const newCodes = new Set(newCommunes('51').map((u) => u.code));
    const late = (await knex('DL_CSLT').select('MA_XA').where('NGAY_CAP_PHEP', '>=', NEW)) as Array<{ MA_XA: string }>;
    expect(late.length).toBeGreaterThan(20);
    expect(late.every((r) => newCodes.has(r.MA_XA))).toBe(true);
  });

  it('adds up: old province 51 = Σ its 13 districts + its unattributed part, for every indicator, FINAL', async () => {
    for (const period of [YEAR_2024, HALF_2024]) {
      const [province, ...districts] = await figures([['51', OLD], ...DISTRICTS_51.map((d) => [d, OLD] as const)], period);
      const [unattributed] = await figures([['51', OLD]], period, { part: 'unattributedIndicators' });
      expect(districts).toHaveLength(13);
      for (const code of CODES) {
        const sum = districts.reduce((s, d) => s + (d[code]!.value ?? 0), 0) + (unattributed![code]!.value ?? 0);
        expect(province![code]!.status, code).toBe('FINAL');
        expect(province![code]!.value, code).toBeCloseTo(sum, 6);
      }
      for (const code of REGISTER) expect(unattributed![code]!.value, code).toBe(0);
      for (const code of STATISTICS) expect(unattributed![code]!.value, code).toBe(province![code]!.value);
      expect(province!.TO_GUESTS!.value).toBeGreaterThan(100_000);
      expect(province!.TO_GUESTS!.value).toBe(province!.TO_GUESTS_INTERNATIONAL!.value! + province!.TO_GUESTS_DOMESTIC!.value!);
      expect(province!.TO_ESTABLISHMENTS!.value).toBe(
        province!.TO_ESTABLISHMENTS_4_5_STAR!.value! + province!.TO_ESTABLISHMENTS_1_3_STAR!.value! + province!.TO_ESTABLISHMENTS_UNRATED!.value!,
      );
    }
  });

  it('gives NO_DATA, never 0, with a reason for the statistics below the province; register figures add up from communes', async () => {
    const [district, commune] = await figures([['524', OLD], ['21010', OLD]], YEAR_2024);
    for (const code of STATISTICS) {
      expect(district![code], code).toMatchObject({ value: null, status: 'NO_DATA' });
      expect(district![code]!.statusReason, code).toMatch(/cấp tỉnh/);
      expect(commune![code]!.status, code).toBe('NO_DATA');
    }
    expect(district!.TO_ESTABLISHMENTS).toMatchObject({ status: 'FINAL' });
    expect(district!.TO_ESTABLISHMENTS!.value).toBeGreaterThan(10);
  });

  it('holds old Kon Tum too: the new province in 2024 equals old 51 plus old 62', async () => {
    const [quangNgai, konTum, province] = await figures([['51', OLD], ['62', OLD], ['51', NEW]], YEAR_2024);
    expect(konTum!.TO_GUESTS!.value).toBeGreaterThan(100_000);
    expect(konTum!.TO_ESTABLISHMENTS!.value).toBeGreaterThan(100);
    for (const code of CODES) {
      expect(province![code], code).toMatchObject({ status: 'FINAL' });
      expect(province![code]!.value, code).toBeCloseTo(quangNgai![code]!.value! + konTum![code]!.value!, 6);
    }
    // Whole 2025: old 51 and 62 until June, the new province's own rows from July.
    const [y2025] = await figures([['51', NEW]], { from: '2025-01-01', to: '2025-12-31' });
    const expected = guests(inForce('51', { from: '2025-01-01', to: '2025-12-31' })) + guests(inForce('62', { from: '2025-01-01', to: '2025-06-30' }));
    expect(y2025!.TO_GUESTS).toMatchObject({ status: 'FINAL', value: expected });
  });

  it('counts what the tables hold (an independent count), never a soft-deleted or withdrawn row', async () => {
    const [province, mangDen, lySon] = await figures([['51', OLD], ['613', OLD], ['536', OLD]], YEAR_2024);
    const expectGuests = inForce('51', YEAR_2024);
    expect(expectGuests).toHaveLength(12);
    expect(province!.TO_GUESTS!.value).toBe(guests(expectGuests));
    expect(province!.TO_GUEST_DAYS!.value).toBe(expectGuests.reduce((s, r) => s + Number(r.NGAY_KHACH), 0));
    expect(province!.TO_REVENUE!.value).toBeCloseTo(expectGuests.reduce((s, r) => s + Number(r.DOANH_THU), 0), 1);
    for (const [code, figure] of [['613', mangDen!], ['536', lySon!]] as const) {
      const codes = directory.coverageOf({ code, validFrom: OLD }).codes as string[];
      const operating = knex('DL_CSLT')
        .whereIn('MA_XA', codes)
        .where('DAXOA', 0)
        .where('NGAY_CAP_PHEP', '<=', '2024-12-31')
        .where((w) => w.whereNull('NGAY_NGUNG_HD').orWhere('NGAY_NGUNG_HD', '>', '2024-12-31'));
      const [{ n, rooms }] = (await operating.clone().count('* as n').sum('SO_PHONG as rooms')) as [{ n: string; rooms: string }];
      const [{ n: all }] = (await knex('DL_CSLT').whereIn('MA_XA', codes).where('NGAY_CAP_PHEP', '<=', '2024-12-31').count('* as n')) as [{ n: string }];
      const [{ n: starred }] = (await operating.clone().where('HANG_SAO', '>=', 4).count('* as n')) as [{ n: string }];
      const [{ n: attractions }] = (await knex('DL_DIEMDULICH').whereIn('MA_XA', codes).where('DAXOA', 0).where('NGAY_CONG_NHAN', '<=', '2024-12-31').count('* as n')) as [{ n: string }];
      expect(figure.TO_ESTABLISHMENTS!.value, code).toBe(Number(n));
      expect(figure.TO_ROOMS!.value, code).toBe(Number(rooms));
      expect(figure.TO_ESTABLISHMENTS_4_5_STAR!.value, code).toBe(Number(starred));
      expect(figure.TO_ATTRACTIONS!.value, code).toBe(Number(attractions));
      expect(Number(all), code).toBeGreaterThan(Number(n));
    }
    // March 2024 of old Kon Tum holds a mistaken third revision, withdrawn: the final figures stand.
    const march = { from: '2024-03-01', to: '2024-03-31' };
    const withdrawn = rows.find((r) => r.MA_TINH === '62' && r.NAM === 2024 && r.THANG === 3 && r.DAXOA === 1)!;
    expect(withdrawn.LAN).toBe(3);
    const [konTum] = await figures([['62', OLD]], march, { extra: 'revisions { publishedOn value status }' });
    const final = rows.find((r) => r.MA_TINH === '62' && r.NAM === 2024 && r.THANG === 3 && r.LAN === 2)!;
    expect(konTum!.TO_GUESTS).toMatchObject({ status: 'FINAL', value: Number(final.KHACH_QT) + Number(final.KHACH_NOIDIA) });
    expect(konTum!.TO_GUESTS!.revisions!.map((r) => r.publishedOn)).not.toContain(withdrawn.NGAY_CONG_BO);
    expect(konTum!.TO_GUESTS!.revisions).toHaveLength(2);
  });

  describe('a month of 2024 as published, for province 51', () => {
    let estimate: StatisticsRow;
    let final: StatisticsRow;
    let month: { from: string; to: string };
    beforeAll(() => {
      // The first month of 2024 with exactly an estimate and one revision.
      const months = [...Array(12).keys()].map((i) => rows.filter((r) => r.MA_TINH === '51' && r.NAM === 2024 && r.THANG === i + 1));
      const chosen = months.find((m) => m.length === 2)!;
      estimate = chosen.find((r) => r.LAN === 1)!;
      final = chosen.find((r) => r.LAN === 2)!;
      month = { from: `2024-${String(estimate.THANG).padStart(2, '0')}-01`, to: estimate.NGAY_CONG_BO };
    });
    const total = (r: StatisticsRow) => Number(r.KHACH_QT) + Number(r.KHACH_NOIDIA);

    it('is an ESTIMATE the day after the estimate was published, with the estimate', async () => {
      expect(final.NGAY_CONG_BO > addDays(estimate.NGAY_CONG_BO, 1)).toBe(true);
      const [f] = await figures([['51', OLD]], month, { asPublishedOn: addDays(estimate.NGAY_CONG_BO, 1) });
      expect(f!.TO_GUESTS).toMatchObject({ status: 'ESTIMATE', value: total(estimate) });
      expect(f!.TO_GUESTS!.statusReason).toMatch(/ước tính/);
      expect(f!.TO_REVENUE!.value).toBeCloseTo(Number(estimate.DOANH_THU), 1);
      // The registers beside the table keep their own status: the month had ended that day.
      expect(f!.TO_ESTABLISHMENTS!.status).toBe('FINAL');
    });

    it('is FINAL with the revised figures once the revision is published, and now', async () => {
      for (const day of [final.NGAY_CONG_BO, undefined]) {
        const [f] = await figures([['51', OLD]], month, { asPublishedOn: day });
        expect(f!.TO_GUESTS, String(day)).toMatchObject({ status: 'FINAL', value: total(final) });
        expect(f!.TO_GUEST_DAYS!.value).toBe(Number(final.NGAY_KHACH));
      }
      expect(total(final)).not.toBe(total(estimate));
    });

    it('is NO_DATA before the first publication, with a reason', async () => {
      const [f] = await figures([['51', OLD]], month, { asPublishedOn: addDays(estimate.NGAY_CONG_BO, -1) });
      for (const code of STATISTICS) expect(f![code], code).toMatchObject({ status: 'NO_DATA', value: null });
      expect(f!.TO_GUESTS!.statusReason).toMatch(/Chưa có số liệu được công bố/);
      // The registers are read as they stood that day, inside the month: not yet final.
      expect(f!.TO_ESTABLISHMENTS).toMatchObject({ status: 'PRELIMINARY' });
      expect(f!.TO_ESTABLISHMENTS!.value).toBeGreaterThan(0);
    });

    it('lists both revisions in order with their statuses; read as of the estimate, only the estimate', async () => {
      const extra = 'revisions { publishedOn value status }';
      const [now] = await figures([['51', OLD]], month, { extra });
      expect(now!.TO_GUESTS!.revisions).toEqual([
        { publishedOn: estimate.NGAY_CONG_BO, value: total(estimate), status: 'ESTIMATE' },
        { publishedOn: final.NGAY_CONG_BO, value: total(final), status: 'FINAL' },
      ]);
      const [then] = await figures([['51', OLD]], month, { extra, asPublishedOn: addDays(estimate.NGAY_CONG_BO, 2) });
      expect(then!.TO_GUESTS!.revisions).toEqual([{ publishedOn: estimate.NGAY_CONG_BO, value: total(estimate), status: 'ESTIMATE' }]);
      // A district publishes no statistics: it has no revisions.
      const [district] = await figures([['524', OLD]], month, { extra });
      expect(district!.TO_GUESTS!.revisions).toEqual([]);
    });

    it('reads a month with a third revision at its newest, listing all three', async () => {
      const third = rows.find((r) => r.LAN === 3 && r.DAXOA === 0)!;
      const first = `${third.NAM}-${String(third.THANG).padStart(2, '0')}-01`;
      const period = { from: first, to: toIsoDate(new Date(Date.UTC(third.NAM, third.THANG, 0))) };
      const unit: [string, string] = [third.MA_TINH, first < NEW ? OLD : NEW];
      const [f] = await figures([unit], period, { extra: 'revisions { publishedOn value status }' });
      expect(f!.TO_GUESTS).toMatchObject({ status: 'FINAL', value: total(third) });
      expect(f!.TO_GUESTS!.revisions!.map((r) => r.status)).toEqual(['ESTIMATE', 'FINAL', 'FINAL']);
      expect(f!.TO_GUESTS!.revisions!.at(-1)).toEqual({ publishedOn: third.NGAY_CONG_BO, value: total(third), status: 'FINAL' });
    });
  });

  it('makes the current period an ESTIMATE while a month is still an estimate; year to date and change against last year', async () => {
    const y2026 = { from: '2026-01-01', to: '2026-10-31' };
    const extra = 'yearToDate { value status } changeFromPreviousYear { percent status }';
    const [current] = await figures([['51', NEW]], y2026, { extra });
    expect(current!.TO_GUESTS!.status).toBe('ESTIMATE');
    expect(current!.TO_GUESTS!.statusReason).toMatch(/1 kỳ/);
    expect(current!.TO_GUESTS!.value).toBe(guests(inForce('51', y2026)));
    const [finished] = await figures([['51', NEW]], { from: '2026-01-01', to: '2026-09-30' });
    expect(finished!.TO_GUESTS!.status).toBe('FINAL');
    const [october] = await figures([['51', NEW]], { from: '2026-10-01', to: '2026-10-31' }, { extra });
    expect(october!.TO_GUESTS!.status).toBe('ESTIMATE');
    expect(october!.TO_GUESTS!.yearToDate).toEqual({ value: current!.TO_GUESTS!.value, status: 'ESTIMATE' });
    const before = guests(inForce('51', { from: '2025-10-01', to: '2025-10-31' }));
    expect(october!.TO_GUESTS!.changeFromPreviousYear!.status).toBe('ESTIMATE');
    expect(october!.TO_GUESTS!.changeFromPreviousYear!.percent).toBeCloseTo((100 * (october!.TO_GUESTS!.value! - before)) / before, 1);
  });

  it('shares its figures: a caller scoped to 524 sees the same indicators as the province', async () => {
    const keys = [['51', OLD], ['522', OLD]] as const;
    expect(await figures(keys, YEAR_2024, { as: scopedTo('524') })).toEqual(await figures(keys, YEAR_2024));
  });
});
