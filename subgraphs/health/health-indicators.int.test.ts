import { describe, expect, it } from 'vitest';
import type { Caller } from '../../lib/caller.js';
import { newCommunes, oldCommunesOf, oldDistricts, referenceData } from '../../reference/admin-units/reference-units.js';
import { toIsoDate } from '../kit/dates.js';
import { useTestSubgraph } from '../kit/testing/subgraph-fixture.js';
import { testDatabaseKinds } from '../kit/testing/test-database.js';
import { scopedTo, unitRepresentation, type IndicatorAnswer } from '../kit/testing/unit-queries.js';
import { UnitDirectory } from '../kit/units/unit-directory.js';
import { health } from './index.js';
import { INDICATORS } from './indicators/indicators.js';
import { DISEASE_GROUPS, FULL_IMMUNISATION_DOSES, VACCINES } from './lookups/codes.js';

const directory = new UnitDirectory(referenceData);
const OLD = '2000-01-01';
const NEW = '2025-07-01';
const YEAR_2024 = { from: '2024-01-01', to: '2024-12-31' };
const FIELDS = 'code unitOfMeasure value numerator denominator status';
const CODES = INDICATORS.specs.map((s) => s.code);

type Figures = Record<string, IndicatorAnswer>;
const byCode = (list: IndicatorAnswer[]): Figures => Object.fromEntries(list.map((i) => [i.code, i]));

/** A figure's additive parts: the value of a count, the numerator and denominator of a rate. */
const partsOf = (i: IndicatorAnswer): Array<number | null> => (i.unitOfMeasure === '%' ? [i.numerator, i.denominator] : [i.value]);

describe.each(testDatabaseKinds)('health indicators on %s', (kind) => {
  const fixture = useTestSubgraph(kind, health);
  const knex = () => fixture.database.db.knex;

  /** `indicators` (and the unattributed part) of each unit version for one period, through `_entities`. */
  async function figures(keys: ReadonlyArray<readonly [string, string]>, period: { from: string; to: string }, headers?: Caller) {
    const res = await fixture.gql<{ _entities: Array<{ health: { indicators: IndicatorAnswer[]; unattributedIndicators: IndicatorAnswer[] } }> }>(
      `query($r: [_Any!]!, $p: PeriodInput!) { _entities(representations: $r) { ... on AdministrativeUnit { health {
        indicators(period: $p) { ${FIELDS} } unattributedIndicators(period: $p) { ${FIELDS} } } } } }`,
      { r: keys.map(([code, validFrom]) => unitRepresentation(code, validFrom)), p: period },
      headers,
    );
    expect(res.errors).toBeUndefined();
    return res.data!._entities.map((e) => ({ whole: byCode(e.health.indicators), unattributed: byCode(e.health.unattributedIndicators) }));
  }

  /** The whole equals its parts plus what is recorded under none of them, for every count, numerator and denominator. */
  function expectAddsUp(whole: Figures, parts: Figures[], unattributed: Figures) {
    for (const code of CODES) {
      const sums = partsOf(whole[code]!).map((_, k) => parts.reduce((s, p) => s + (partsOf(p[code]!)[k] ?? 0), 0) + (partsOf(unattributed[code]!)[k] ?? 0));
      partsOf(whole[code]!).forEach((v, k) => expect(v, `${code}[${k}]`).toBeCloseTo(sums[k]!, 6));
    }
  }

  const count = async (query: PromiseLike<unknown>) => Number(((await query) as Array<{ n: string | number }>)[0]!.n);

  it('seeds a scaled sample within the row budget, soft deletes included, new codes after the reform', async () => {
    const k = knex();
    const tables = ['DM_CSKCB', 'XML1_TONG_HOP', 'BC_TUAN_BTN', 'TC_DOI_TUONG', 'TC_MUI_TIEM', 'TC_KE_HOACH', 'DM_TUYEN', 'DM_LOAI_KCB', 'DM_BENH_ICD10', 'DM_NHOM_BENH_TN', 'DM_VACXIN'];
    const rows = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await count(k(t).count('* as n'))] as const)));
    const total = Object.values(rows).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(18_000);
    expect(total).toBeLessThanOrEqual(30_000);
    expect(rows.XML1_TONG_HOP).toBeGreaterThan(10_000);
    expect(rows.TC_MUI_TIEM).toBeGreaterThan(4_000);
    for (const table of ['DM_CSKCB', 'XML1_TONG_HOP', 'BC_TUAN_BTN', 'TC_MUI_TIEM']) expect(await count(k(table).count('* as n').where('DAXOA', 1)), table).toBeGreaterThan(0);
    // Records carry the code in force on their day: new commune codes from 2025-07-01, old ones before.
    const fresh = new Set(newCommunes('51').map((u) => u.code));
    const old = new Set([...oldDistricts('51'), ...oldDistricts('62')].flatMap((d) => (oldCommunesOf(d.code).length ? oldCommunesOf(d.code).map((c) => c.code) : [d.code])));
    const episodes = (await k('XML1_TONG_HOP').select('MAXA_CU_TRU as code', 'NGAY_VAO as at')) as Array<{ code: string; at: string }>;
    const doses = (await k('TC_MUI_TIEM').select('MA_XA as code', 'NGAY_TIEM as at')) as Array<{ code: string; at: string | Date }>;
    const weeks = (await k('BC_TUAN_BTN').select('MAXA as code', 'DEN_NGAY as at')) as Array<{ code: string; at: string | Date }>;
    const eras = [...episodes.map((e) => ({ code: e.code, day: `${e.at.slice(0, 4)}-${e.at.slice(4, 6)}-${e.at.slice(6, 8)}` })), ...[...doses, ...weeks].map((r) => ({ code: r.code, day: toIsoDate(r.at) }))];
    const after = eras.filter((r) => r.day >= '2025-07-01');
    expect(after.length).toBeGreaterThan(3_000);
    expect(after.filter((r) => !fresh.has(r.code))).toEqual([]);
    expect(eras.filter((r) => r.day < '2025-07-01' && !old.has(r.code))).toEqual([]);
  });

  it('adds up: old province 51 (as of 2024-06-30) in 2024 is the sum of its districts plus its unattributed part, all FINAL', async () => {
    const districts = oldDistricts('51').map((d) => [d.code, OLD] as const);
    const [province, ...parts] = await figures([['51', OLD], ...districts], YEAR_2024);
    expect(Object.keys(province!.whole).sort()).toEqual([...CODES].sort());
    for (const code of CODES) expect(province!.whole[code]!.status, code).toBe('FINAL');
    expectAddsUp(
      province!.whole,
      parts.map((p) => p.whole),
      province!.unattributed,
    );
    // Every district has its centre, its stations, residents treated and children immunised.
    for (const [i, part] of parts.entries()) {
      const [code] = districts[i]!;
      expect(part.whole.HE_FACILITIES_DISTRICT!.value, code).toBe(1);
      expect(part.whole.HE_OUTPATIENT_EPISODES!.value, code).toBeGreaterThan(0);
      expect(part.whole.HE_INPATIENT_EPISODES!.value, code).toBeGreaterThan(0);
      expect(part.whole.HE_IMMUNISATION_COVERAGE!.denominator, code).toBeGreaterThan(0);
      expect(part.whole.HE_FACILITIES_COMMUNE!.value, code).toBe(oldCommunesOf(code).length);
    }
    // Bed occupancy's parts: the inpatient days of each district's facilities over their beds × 366 days.
    const occupancy = province!.whole.HE_BED_OCCUPANCY!;
    expect(occupancy.numerator).toBe(province!.whole.HE_INPATIENT_DAYS!.value);
    expect(occupancy.denominator).toBe(province!.whole.HE_BEDS_ACTUAL!.value! * 366);
    expect(occupancy.numerator).toBe(parts.reduce((s, p) => s + p.whole.HE_BED_OCCUPANCY!.numerator!, 0) + province!.unattributed.HE_BED_OCCUPANCY!.numerator!);
    expect(occupancy.denominator).toBe(parts.reduce((s, p) => s + p.whole.HE_BED_OCCUPANCY!.denominator!, 0) + province!.unattributed.HE_BED_OCCUPANCY!.denominator!);
    expect(province!.whole.HE_FACILITIES_PROVINCIAL!.value).toBe(5);
    expect(province!.whole.HE_FACILITIES_DISTRICT!.value).toBe(13);
  });

  it("adds up below a district too: its district centre is the district's own, unattributed part", async () => {
    const communes = oldCommunesOf('524').map((c) => [c.code, OLD] as const);
    const [district, ...parts] = await figures([['524', OLD], ...communes], YEAR_2024);
    expectAddsUp(
      district!.whole,
      parts.map((p) => p.whole),
      district!.unattributed,
    );
    const own = district!.unattributed;
    expect(own.HE_FACILITIES_DISTRICT!.value).toBe(1);
    expect(own.HE_INPATIENT_DAYS!.value).toBeGreaterThan(0);
    expect(own.HE_BED_OCCUPANCY!.denominator).toBeGreaterThan(0);
    // Residents' episodes are recorded under their communes, never under the district.
    expect(own.HE_OUTPATIENT_EPISODES!.value).toBe(0);
  });

  it('holds old Kon Tum: the new province in 2024 is old Quảng Ngãi plus old Kon Tum, for every part of every figure', async () => {
    const [quangNgai, konTum, province] = await figures([['51', OLD], ['62', OLD], ['51', NEW]], YEAR_2024);
    expect(konTum!.whole.HE_OUTPATIENT_EPISODES!.value).toBeGreaterThan(500);
    expect(konTum!.whole.HE_FACILITIES_COMMUNE!.value).toBe(102);
    expect(konTum!.whole.HE_FACILITIES_PROVINCIAL!.value).toBe(3);
    for (const code of CODES) {
      expect(province!.whole[code]!.status, code).toBe('FINAL');
      partsOf(province!.whole[code]!).forEach((v, k) => expect(v, `${code}[${k}]`).toBeCloseTo((partsOf(quangNgai!.whole[code]!)[k] ?? 0) + (partsOf(konTum!.whole[code]!)[k] ?? 0), 6));
    }
  });

  it('adds up bed occupancy in the new province: its communes plus the district centres and hospitals under old codes', async () => {
    const period = { from: '2026-01-01', to: '2026-06-30' };
    const communes = newCommunes('51').map((c) => [c.code, c.validFrom] as const);
    const [province, ...parts] = await figures([['51', NEW], ...communes], period);
    for (const code of ['HE_INPATIENT_DAYS', 'HE_BED_OCCUPANCY', 'HE_BEDS_ACTUAL', 'HE_BEDS_PLANNED', 'HE_FACILITIES_DISTRICT', 'HE_FACILITIES_COMMUNE']) {
      partsOf(province!.whole[code]!).forEach((v, k) =>
        expect(v, `${code}[${k}]`).toBeCloseTo(parts.reduce((s, p) => s + (partsOf(p.whole[code]!)[k] ?? 0), 0) + (partsOf(province!.unattributed[code]!)[k] ?? 0), 6),
      );
    }
    // The district centres keep their old district codes, which no new commune holds, but for Lý
    // Sơn's: the district became Đặc khu Lý Sơn (21548), whose figures hold it.
    expect(province!.unattributed.HE_FACILITIES_DISTRICT!.value).toBe(22);
    expect(province!.unattributed.HE_INPATIENT_DAYS!.value).toBeGreaterThan(0);
    expect(province!.whole.HE_FACILITIES_COMMUNE!.value).toBe(96);
    const occupancy = province!.whole.HE_BED_OCCUPANCY!;
    expect(occupancy.denominator).toBe(province!.whole.HE_BEDS_ACTUAL!.value! * 181);
  });

  it('counts what the tables hold for Bình Sơn (524) in 2024, each figure by an independent reading of the rows', async () => {
    const k = knex();
    const codes = directory.coverageOf({ code: '524', validFrom: OLD }, YEAR_2024.to).codes as string[];
    const f = (await figures([['524', OLD]], YEAR_2024))[0]!.whole;
    // Facilities and beds: those operating on 31 December 2024.
    const facilities = (await k('DM_CSKCB').select('*').whereIn('MA_DVHC', codes).where('DAXOA', 0)) as Array<Record<string, unknown>>;
    const operating = facilities.filter((r) => toIsoDate(r.NGAY_HOAT_DONG as string) <= '2024-12-31' && (r.NGAY_NGUNG_HD === null || toIsoDate(r.NGAY_NGUNG_HD as string) > '2024-12-31'));
    const level = (code: string) => operating.filter((r) => r.MA_TUYEN === code).length;
    expect([f.HE_FACILITIES_PROVINCIAL!.value, f.HE_FACILITIES_DISTRICT!.value, f.HE_FACILITIES_COMMUNE!.value]).toEqual([level('2'), level('3'), level('4')]);
    expect(level('2')).toBe(1);
    const beds = operating.reduce((s, r) => s + Number(r.SO_GIUONG_TK), 0);
    expect(f.HE_BEDS_ACTUAL!.value).toBe(beds);
    expect(f.HE_BEDS_PLANNED!.value).toBe(operating.reduce((s, r) => s + Number(r.SO_GIUONG_KH), 0));
    expect(f.HE_BED_OCCUPANCY!.denominator).toBe(beds * 366);
    // Inpatient days: every inpatient stay at the district's facilities, cut to 2024, in whole days.
    const facilityCodes = facilities.map((r) => String(r.MA_CSKCB));
    const stays = (await k('XML1_TONG_HOP').select('NGAY_VAO', 'NGAY_RA').whereIn('MA_CSKCB', facilityCodes).where('MA_LOAI_KCB', '03').where('DAXOA', 0)) as Array<{ NGAY_VAO: string; NGAY_RA: string }>;
    const dayOf = (text: string) => Date.parse(`${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`);
    const inpatientDays = stays.reduce((s, r) => s + Math.max(0, (Math.min(dayOf(r.NGAY_RA), Date.parse('2025-01-01')) - Math.max(dayOf(r.NGAY_VAO), Date.parse('2024-01-01'))) / 86_400_000), 0);
    expect(f.HE_INPATIENT_DAYS!.value).toBe(inpatientDays);
    expect(f.HE_BED_OCCUPANCY!.numerator).toBe(inpatientDays);
    // Episodes by the residents' communes, admitted in 2024, soft-deleted ones left out.
    const episodes = (await k('XML1_TONG_HOP').select('MA_LOAI_KCB', 'DAXOA').whereIn('MAXA_CU_TRU', codes).where('NGAY_VAO', 'like', '2024%')) as Array<{ MA_LOAI_KCB: string; DAXOA: number }>;
    const live = episodes.filter((e) => Number(e.DAXOA) === 0);
    expect(f.HE_INPATIENT_EPISODES!.value).toBe(live.filter((e) => e.MA_LOAI_KCB === '03').length);
    expect(f.HE_OUTPATIENT_EPISODES!.value).toBe(live.filter((e) => e.MA_LOAI_KCB !== '03').length);
    expect(episodes.length).toBeGreaterThan(live.length);
    // Cases by group in the weeks ending in 2024.
    const weeks = (await k('BC_TUAN_BTN').select('MA_NHOM_BENH', 'SO_MAC').whereIn('MAXA', codes).where('DAXOA', 0).whereBetween('DEN_NGAY', ['2024-01-01', '2024-12-31'])) as Array<{ MA_NHOM_BENH: string; SO_MAC: number }>;
    for (const g of DISEASE_GROUPS) {
      expect(f[`HE_CASES_${g.indicator}`]!.value, g.indicator).toBe(weeks.filter((w) => w.MA_NHOM_BENH === g.MA_NHOM_BENH).reduce((s, w) => s + Number(w.SO_MAC), 0));
    }
    // Full immunisation, child by child: every scheduled dose by year's end, the last of them in 2024,
    // before 365 days of age, counted where the measles dose was given.
    const required = new Map(VACCINES.map((v) => [v.MA_VACXIN as string, v.SO_MUI_TCDD as number]));
    const doses = (await k('TC_MUI_TIEM as v')
      .join('TC_DOI_TUONG as c', 'c.MA_DOI_TUONG', 'v.MA_DOI_TUONG')
      .select('v.MA_DOI_TUONG as child', 'v.MA_VACXIN as vaccine', 'v.MUI_THU as dose', 'v.NGAY_TIEM as given', 'v.MA_XA as unit', 'c.NGAY_SINH as born')
      .where('v.DAXOA', 0)
      .where('c.DAXOA', 0)) as Array<{ child: string; vaccine: string; dose: number; given: string | Date; unit: string; born: string | Date }>;
    const perChild = new Map<string, typeof doses>();
    for (const d of doses) if (Number(d.dose) <= required.get(d.vaccine)! && toIsoDate(d.given) <= '2024-12-31') perChild.set(d.child, [...(perChild.get(d.child) ?? []), d]);
    let fully = 0;
    for (const list of perChild.values()) {
      const last = list.map((d) => toIsoDate(d.given)).sort().at(-1)!;
      const measles = list.find((d) => d.vaccine === 'SOI');
      const age = (Date.parse(last) - Date.parse(toIsoDate(list[0]!.born))) / 86_400_000;
      if (list.length === FULL_IMMUNISATION_DOSES && last >= '2024-01-01' && age < 365 && measles && codes.includes(measles.unit)) fully++;
    }
    expect(f.HE_FULLY_IMMUNISED!.value).toBe(fully);
    expect(f.HE_IMMUNISATION_COVERAGE!.numerator).toBe(fully);
    const target = await count(k('TC_KE_HOACH').sum('SO_TRE_DUOI_1_TUOI as n').whereIn('MA_XA', codes).where('NAM', 2024).where('DAXOA', 0));
    expect(f.HE_IMMUNISATION_COVERAGE!.denominator).toBe(target);
  });

  it('counts facilities and beds as a stock at the end of the period: old stations until the merger, new ones from it', async () => {
    const [[before], [after]] = await Promise.all([
      figures([['51', OLD]], { from: '2025-06-01', to: '2025-06-30' }),
      figures([['51', NEW]], { from: '2025-07-01', to: '2025-07-31' }),
    ]);
    expect(before!.whole.HE_FACILITIES_COMMUNE!.value).toBe(170);
    expect(after!.whole.HE_FACILITIES_COMMUNE!.value).toBe(96);
    expect(after!.whole.HE_FACILITIES_DISTRICT!.value).toBe(23);
    const [[month], [year]] = await Promise.all([figures([['51', OLD]], { from: '2024-12-01', to: '2024-12-31' }), figures([['51', OLD]], YEAR_2024)]);
    expect(month!.whole.HE_BEDS_ACTUAL!.value).toBe(year!.whole.HE_BEDS_ACTUAL!.value);
    expect(month!.whole.HE_BED_OCCUPANCY!.denominator! * 366).toBe(year!.whole.HE_BED_OCCUPANCY!.denominator! * 31);
    expect(month!.whole.HE_OUTPATIENT_EPISODES!.value).toBeLessThan(year!.whole.HE_OUTPATIENT_EPISODES!.value!);
  });

  it('pro-rates the yearly immunisation target: the months of a year add up to the year', async () => {
    const res = await fixture.gql<{ _entities: Array<{ health: { indicatorSeries: IndicatorAnswer[] } }> }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on AdministrativeUnit { health {
        indicatorSeries(period: { from: "2024-01-01", to: "2024-12-31" }, every: MONTH) { ${FIELDS} } } } } }`,
      { r: [unitRepresentation('62', OLD)] },
    );
    expect(res.errors).toBeUndefined();
    const months = res.data!._entities[0]!.health.indicatorSeries.filter((v) => v.code === 'HE_IMMUNISATION_COVERAGE');
    expect(months).toHaveLength(12);
    const { whole } = (await figures([['62', OLD]], YEAR_2024))[0]!;
    expect(months.reduce((s, m) => s + m.denominator!, 0)).toBeCloseTo(whole.HE_IMMUNISATION_COVERAGE!.denominator!, 6);
    expect(months.reduce((s, m) => s + m.numerator!, 0)).toBe(whole.HE_IMMUNISATION_COVERAGE!.numerator);
  });

  it('shows the sector patterns: occupancy and coverage believable, dengue with the autumn rains, measles in the 2024–25 outbreak', async () => {
    const [[y2024], [spring], [autumn], [measles2023], [measles2025]] = await Promise.all([
      figures([['51', NEW]], YEAR_2024),
      figures([['51', OLD]], { from: '2024-02-01', to: '2024-04-30' }),
      figures([['51', OLD]], { from: '2024-09-01', to: '2024-11-30' }),
      figures([['62', OLD]], { from: '2023-01-01', to: '2023-06-30' }),
      figures([['62', OLD]], { from: '2025-01-01', to: '2025-06-30' }),
    ]);
    expect(y2024!.whole.HE_BED_OCCUPANCY!.value).toBeGreaterThan(45);
    expect(y2024!.whole.HE_BED_OCCUPANCY!.value).toBeLessThan(110);
    expect(y2024!.whole.HE_IMMUNISATION_COVERAGE!.value).toBeGreaterThan(80);
    expect(y2024!.whole.HE_IMMUNISATION_COVERAGE!.value).toBeLessThan(105);
    expect(autumn!.whole.HE_CASES_DENGUE!.value).toBeGreaterThan(3 * spring!.whole.HE_CASES_DENGUE!.value!);
    expect(measles2025!.whole.HE_CASES_MEASLES!.value).toBeGreaterThan(10 * Math.max(1, measles2023!.whole.HE_CASES_MEASLES!.value!));
    expect(y2024!.whole.HE_INPATIENT_EPISODES!.value).toBeLessThan(y2024!.whole.HE_OUTPATIENT_EPISODES!.value!);
  });

  it('shares its figures: a caller scoped to 524 sees the same indicators as the province, for every unit', async () => {
    const keys = [['51', OLD], ['522', OLD]] as const;
    const scoped = await figures(keys, YEAR_2024, scopedTo('524'));
    expect(scoped).toEqual(await figures(keys, YEAR_2024));
    expect(scoped[1]!.whole.HE_OUTPATIENT_EPISODES!.value).toBeGreaterThan(0);
  });
});
