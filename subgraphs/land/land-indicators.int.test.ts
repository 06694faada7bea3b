import type { Caller } from '../../lib/caller.js';
import { describe, expect, it } from 'vitest';
import { newCommunes, predecessorsOf, referenceData } from '../../reference/admin-units/reference-units.js';
import { UnitDirectory } from '../kit/units/unit-directory.js';
import { useTestSubgraph } from '../kit/testing/subgraph-fixture.js';
import { testDatabaseKinds } from '../kit/testing/test-database.js';
import { scopedTo, unitRepresentation, type IndicatorAnswer } from '../kit/testing/unit-queries.js';
import { AREA_GROUPS } from './indicators/indicators.js';
import { addWorkingDays, isWorkingDay } from '../kit/calendar/working-days.js';
import { toIsoDate } from '../kit/dates.js';
import { land } from './index.js';

const unitDirectory = new UnitDirectory(referenceData);

const OLD = '2000-01-01';
const YEAR_2024 = '{ from: "2024-01-01", to: "2024-12-31" }';
const INDICATOR_FIELDS = 'code value numerator denominator status';
const byCode = (list: IndicatorAnswer[]) => Object.fromEntries(list.map((i) => [i.code, i])) as Record<string, IndicatorAnswer>;

describe.each(testDatabaseKinds)('land indicators on %s', (kind) => {
  const fixture = useTestSubgraph(kind, land);

  /** `land { <selection> }` for each unit, through `_entities` as the gateway would ask. */
  async function units<T>(keys: ReadonlyArray<readonly [string, string]>, selection: string, headers?: Caller | Record<string, string>) {
    const res = await fixture.gql<{ _entities: Array<{ code: string; land: T }> }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on AdministrativeUnit { code land { ${selection} } } } }`,
      { r: keys.map(([code, validFrom]) => unitRepresentation(code, validFrom)) },
      headers,
    );
    expect(res.errors).toBeUndefined();
    return res.data!._entities.map((e) => e.land);
  }

  const indicatorsOf = async (keys: ReadonlyArray<readonly [string, string]>, period: string, headers?: Caller | Record<string, string>) =>
    (await units<{ indicators: IndicatorAnswer[] }>(keys, `indicators(period: ${period}) { ${INDICATOR_FIELDS} }`, headers)).map((l) =>
      byCode(l.indicators),
    );

  it('seeds believable volumes at scale 1', async () => {
    const count = async (table: string, deleted?: number) => {
      const q = fixture.database.db.knex(table).count('* as n');
      if (deleted !== undefined) q.where('DAXOA', deleted);
      return Number(((await q) as Array<{ n: string | number }>)[0]!.n);
    };
    const parcels = await count('DC_THUADAT');
    expect(parcels).toBeGreaterThan(20_000);
    expect(parcels).toBeLessThan(40_000);
    const disputes = await count('DC_TRANHCHAP');
    expect(disputes).toBeGreaterThan(200);
    expect(disputes).toBeLessThan(700);
    const deletedShare = (await count('DC_THUADAT', 1)) / parcels;
    expect(deletedShare).toBeGreaterThan(0.005);
    expect(deletedShare).toBeLessThan(0.02);
    // Parcels registered from the reform on carry new commune codes only.
    const newCodes = new Set(newCommunes('51').map((u) => u.code));
    const late = (await fixture.database.db.knex('DC_THUADAT').select('MADVHC', 'NGAYVAOSO')) as Array<{ MADVHC: string; NGAYVAOSO: string }>;
    const afterReform = late.filter((p) => `${p.NGAYVAOSO.slice(6)}-${p.NGAYVAOSO.slice(3, 5)}-${p.NGAYVAOSO.slice(0, 2)}` >= '2025-07-01');
    expect(afterReform.length).toBeGreaterThan(500);
    expect(afterReform.every((p) => newCodes.has(p.MADVHC))).toBe(true);
  });

  it('keys every parcel by its unit code, map sheet and number once, reused codes included', async () => {
    const rows = (await fixture.database.db.knex('DC_THUADAT').select('MADVHC', 'SOHIEUTOBANDO', 'SOTHUTUTHUA')) as Array<{ MADVHC: string; SOHIEUTOBANDO: number; SOTHUTUTHUA: number }>;
    const keys = rows.map((r) => `${r.MADVHC}/${r.SOHIEUTOBANDO}/${r.SOTHUTUTHUA}`);
    expect(rows.length).toBeGreaterThan(10_000);
    expect(keys.length - new Set(keys).size).toBe(0);
  });

  it('issues every re-issued certificate from a finished change registration, re-survey exchanges included', async () => {
    const iso = (d: unknown) => toIsoDate(d as string | Date);
    const rows = (await fixture.database.db
      .knex('DC_GIAYCHUNGNHAN as g')
      .leftJoin('DC_DANGKYBIENDONG as d', 'd.DANGKYBIENDONGID', 'g.DANGKYBIENDONGID')
      .where('g.MAHINHTHUC', '02')
      .select('g.NGAYCAP', 'd.NGAYHOANTHANH', 'd.MALOAIBIENDONG')) as Array<{ NGAYCAP: unknown; NGAYHOANTHANH: unknown; MALOAIBIENDONG: string | null }>;
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((r) => r.MALOAIBIENDONG === null || r.NGAYHOANTHANH === null || iso(r.NGAYHOANTHANH) !== iso(r.NGAYCAP))).toEqual([]);
    expect(rows.some((r) => r.MALOAIBIENDONG === '09')).toBe(true);
  });

  it('receives change registrations on working days and dates them in working days (Vietnam holidays included)', async () => {
    const iso = (d: unknown) => toIsoDate(d as string | Date);
    const rows = (await fixture.database.db
      .knex('DC_DANGKYBIENDONG as d')
      .join('DC_LOAIBIENDONG as l', 'l.MALOAIBIENDONG', 'd.MALOAIBIENDONG')
      .select('d.NGAYNHAN', 'd.NGAYHENTRA', 'l.SONGAYGIAIQUYET')) as Array<{ NGAYNHAN: unknown; NGAYHENTRA: unknown; SONGAYGIAIQUYET: number }>;
    expect(rows.length).toBeGreaterThan(5_000);
    const wrong = rows.filter((r) => !isWorkingDay(iso(r.NGAYNHAN)) || iso(r.NGAYHENTRA) !== addWorkingDays(iso(r.NGAYNHAN), Number(r.SONGAYGIAIQUYET)));
    expect(wrong).toEqual([]);
    // Tết 2024 (8–14 February) is closed.
    expect(rows.some((r) => iso(r.NGAYNHAN) >= '2024-02-08' && iso(r.NGAYNHAN) <= '2024-02-14')).toBe(false);
  });

  it('keeps the land invariants for the province in 2024: parts add up, rates from their parts', async () => {
    const [p] = await indicatorsOf([['51', OLD]], YEAR_2024);
    expect(p!.LA_CERT_ISSUED!.value).toBeGreaterThan(1000);
    expect(p!.LA_CERT_ISSUED!.value).toBe(p!.LA_CERT_FIRST_ISSUE!.value! + p!.LA_CERT_REISSUED!.value!);
    expect(p!.LA_CHANGE_FINISHED!.value).toBe(p!.LA_CHANGE_ON_TIME!.value! + p!.LA_CHANGE_LATE!.value!);
    expect(p!.LA_CHANGE_ON_TIME_RATE!.denominator).toBe(p!.LA_CHANGE_FINISHED!.value);
    expect(p!.LA_CHANGE_ON_TIME_RATE!.value).toBeGreaterThan(70);
    expect(p!.LA_CHANGE_ON_TIME_RATE!.value).toBeLessThan(100);
    const groups = [...AREA_GROUPS.map((g) => `LA_AREA_${g.code}`), 'LA_AREA_OTHER'].reduce((s, c) => s + p![c]!.value!, 0);
    expect(groups).toBeCloseTo(p!.LA_AREA_TOTAL!.value!, 2);
    expect(p!.LA_DISPUTED_PARCELS!.value).toBeGreaterThan(20);
  });

  it('holds old Kon Tum before and after the reform: the new province is old Quảng Ngãi plus old Kon Tum', async () => {
    const [quangNgai, konTum, city, province] = await indicatorsOf([['51', OLD], ['62', OLD], ['608', OLD], ['51', '2025-07-01']], YEAR_2024);
    expect(city!.LA_PARCELS).toMatchObject({ status: 'FINAL' });
    expect(city!.LA_PARCELS!.value).toBeGreaterThan(100);
    for (const code of ['LA_PARCELS', 'LA_CERT_ISSUED', 'LA_CHANGE_RECEIVED']) {
      expect(province![code], code).toMatchObject({ status: 'FINAL', value: quangNgai![code]!.value! + konTum![code]!.value! });
    }
    // Phường Kon Tum, a new ward formed from the old city's wards, has its parcels in 2026.
    const [ward] = await indicatorsOf([['23293', '2025-07-01']], '{ from: "2026-01-01", to: "2026-06-30" }');
    expect(ward!.LA_PARCELS!.value).toBeGreaterThan(50);
    expect(ward!.LA_PARCELS!.status).toBe('FINAL');
  });

  it('counts what the tables hold, without soft-deleted rows', async () => {
    const codes = unitDirectory.coverageOf({ code: '524', validFrom: OLD }).codes;
    const k = fixture.database.db.knex;
    const certificates = (deleted: boolean) =>
      k('DC_GIAYCHUNGNHAN')
        .count('* as n')
        .whereIn('MADVHC', codes as string[])
        .whereBetween('NGAYCAP', ['2024-01-01', '2024-12-31'])
        .modify((q) => (deleted ? q : q.where('DAXOA', 0)));
    const [live] = (await certificates(false)) as Array<{ n: string }>;
    const [all] = (await certificates(true)) as Array<{ n: string }>;
    const [district] = await indicatorsOf([['524', OLD]], YEAR_2024);
    expect(district!.LA_CERT_ISSUED!.value).toBe(Number(live!.n));
    expect(Number(all!.n)).toBeGreaterThan(Number(live!.n));
  });

  it('shows the sector patterns: plains hold most parcels, mountains most forest, re-issues rising', async () => {
    const [city, mountain] = await indicatorsOf(
      [
        ['522', OLD],
        ['529', OLD],
      ],
      YEAR_2024,
    );
    expect(city!.LA_PARCELS!.value).toBeGreaterThan(2 * mountain!.LA_PARCELS!.value!);
    const forest = (i: Record<string, IndicatorAnswer>) => i.LA_AREA_RSX!.value! + i.LA_AREA_RPH!.value!;
    expect(forest(mountain!)).toBeGreaterThan(5 * forest(city!));
    const share = (i: Record<string, IndicatorAnswer>) => i.LA_CERT_REISSUED!.value! / i.LA_CERT_ISSUED!.value!;
    const [y2023] = await indicatorsOf([['51', OLD]], '{ from: "2023-01-01", to: "2023-12-31" }');
    const [y2026] = await indicatorsOf([['51', '2025-07-01']], '{ from: "2026-01-01", to: "2026-10-31" }');
    expect(share(y2023!)).toBeLessThan(0.5);
    expect(share(y2026!)).toBeGreaterThan(share(y2023!) + 0.1);
  });

  it('treats area and parcels as a stock at the end of the period', async () => {
    const [a, b, c] = await Promise.all([
      indicatorsOf([['51', OLD]], '{ from: "2023-01-01", to: "2023-12-31" }'),
      indicatorsOf([['51', OLD]], '{ from: "2024-12-01", to: "2024-12-31" }'),
      indicatorsOf([['51', OLD]], YEAR_2024),
    ]);
    expect(b[0]!.LA_PARCELS!.value).toBe(c[0]!.LA_PARCELS!.value);
    expect(b[0]!.LA_AREA_TOTAL!.value).toBe(c[0]!.LA_AREA_TOTAL!.value);
    expect(c[0]!.LA_PARCELS!.value).toBeGreaterThan(a[0]!.LA_PARCELS!.value!);
    expect(b[0]!.LA_CERT_ISSUED!.value).toBeLessThan(c[0]!.LA_CERT_ISSUED!.value!);
  });

  it('does not double count parcels replaced by the re-survey of Sơn Bao (21301) after the reform', async () => {
    const successor = newCommunes('51').find((u) => predecessorsOf(u.code).includes('21301'))!;
    const [before, after] = await Promise.all([
      indicatorsOf([[successor.code, successor.validFrom]], '{ from: "2025-10-01", to: "2025-10-31" }'),
      indicatorsOf([[successor.code, successor.validFrom]], '{ from: "2026-10-01", to: "2026-10-31" }'),
    ]);
    const [replaced] = (await fixture.database.db.knex('DC_THUADAT').count('* as n').where('MADVHC', '21301').whereNotNull('NGAYHETHIEULUC')) as Array<{ n: string }>;
    expect(Number(replaced!.n)).toBeGreaterThan(30);
    const growth = after[0]!.LA_PARCELS!.value! - before[0]!.LA_PARCELS!.value!;
    expect(growth).toBeGreaterThanOrEqual(0);
    expect(growth).toBeLessThan(Number(replaced!.n) / 2);
    expect(after[0]!.LA_AREA_TOTAL!.value! / before[0]!.LA_AREA_TOTAL!.value!).toBeCloseTo(1, 1);
  });

  it('shares its figures: a caller scoped to 524 sees the same indicators as the province, for every unit', async () => {
    const keys = [['51', OLD], ['522', OLD]] as const;
    const scoped = await indicatorsOf(keys, YEAR_2024, scopedTo('524'));
    expect(scoped).toEqual(await indicatorsOf(keys, YEAR_2024));
    expect(scoped[1]!.LA_PARCELS!.value).toBeGreaterThan(0);
  });

  it.each([
    ['a period that ends before it starts', '{ from: "2024-12-31", to: "2024-01-01" }'],
    ['an impossible date', '{ from: "2024-02-30", to: "2024-12-31" }'],
  ])('rejects %s with BAD_USER_INPUT', async (_name, period) => {
    const res = await fixture.gql(
      `{ _entities(representations: [{ __typename: "AdministrativeUnit", code: "524", validFrom: "2000-01-01" }]) { ... on AdministrativeUnit { land { indicators(period: ${period}) { code } } } } }`,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
