import type { Knex } from 'knex';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../lib/caller.js';
import { oldDistricts, referenceData } from '../../reference/admin-units/reference-units.js';
import { fromDmy, toIsoDate, type IsoDate } from '../kit/dates.js';
import { useTestSubgraph } from '../kit/testing/subgraph-fixture.js';
import { testDatabaseKinds } from '../kit/testing/test-database.js';
import { scopedTo, unitRepresentation, type IndicatorAnswer } from '../kit/testing/unit-queries.js';
import { UnitDirectory } from '../kit/units/unit-directory.js';
import { education } from './index.js';
import { INDICATORS } from './indicators/indicators.js';
import { LEVELS, QUALIFICATIONS } from './lookups/codes.js';

const directory = new UnitDirectory(referenceData);
const OLD = '2000-01-01';
const NEW = '2025-07-01';
const FIELDS = 'code unitOfMeasure value numerator denominator status';
const HALF_2024 = { from: '2024-01-01', to: '2024-06-30' };
const SCHOOL_YEAR_2024 = { from: '2024-09-05', to: '2025-05-31' };
type Period = { from: IsoDate; to: IsoDate };
type Figures = Record<string, IndicatorAnswer>;
const byCode = (list: IndicatorAnswer[]): Figures => Object.fromEntries(list.map((i) => [i.code, i]));
const literal = (p: Period) => `{ from: "${p.from}", to: "${p.to}" }`;
const SPECS = INDICATORS.specs;
/** The parts that must add up: a count's value, a rate's or ratio's numerator and denominator. */
const partsOf = (spec: (typeof SPECS)[number]) => (spec.kind === 'TOTAL' ? (['value'] as const) : (['numerator', 'denominator'] as const));

interface Rows {
  years: Array<{ NAM_HOC: string; NGAY_BAT_DAU: unknown }>;
  schools: Array<Record<string, unknown>>;
  classes: Array<Record<string, unknown>>;
  students: Array<Record<string, unknown>>;
  enrolments: Array<Record<string, unknown>>;
  teachers: Array<Record<string, unknown>>;
}

const day = (v: unknown) => toIsoDate(v as string | Date | null);

/**
 * The education figures of some recorded codes, computed in plain TypeScript from every row of the
 * tables: a second implementation of the indicator definitions, independent of the SQL under test.
 */
function independentFigures(rows: Rows, codes: ReadonlySet<string>, period: Period): Record<string, number> {
  const d = period.to;
  const codeOn = (s: Record<string, unknown>, on: IsoDate) => (on < NEW ? ((s.MA_XA ?? s.MA_HUYEN) as string | null) : (s.MA_XA_MOI as string | null));
  const live = (r: Record<string, unknown>) => Number(r.DAXOA) === 0;
  const schools = new Map(rows.schools.filter(live).map((s) => [s.MA_TRUONG as string, s]));
  const open = [...schools.values()].filter((s) => fromDmy(s.NGAY_THANH_LAP as string)! <= d && (s.NGAY_GIAI_THE === null || day(s.NGAY_GIAI_THE)! > d) && codes.has(codeOn(s, d) ?? ''));
  const openCodes = new Set(open.map((s) => s.MA_TRUONG as string));
  const years = rows.years.map((y) => ({ code: y.NAM_HOC, start: day(y.NGAY_BAT_DAU)! }));
  const inForce = years.filter((y) => y.start <= d).map((y) => y.code).sort().at(-1);
  const classes = new Map(rows.classes.filter(live).map((c) => [Number(c.ID_LOP), c]));
  const students = new Set(rows.students.filter(live).map((s) => Number(s.ID_HS)));
  const liveEnrolments = rows.enrolments.filter((e) => live(e) && classes.has(Number(e.ID_LOP)) && students.has(Number(e.ID_HS)));
  const classesNow = [...classes.values()].filter((c) => c.NAM_HOC === inForce && openCodes.has(c.MA_TRUONG as string));
  const classIds = new Set(classesNow.map((c) => Number(c.ID_LOP)));
  const onRoll = liveEnrolments.filter((e) => classIds.has(Number(e.ID_LOP)) && day(e.NGAY_VAO_LOP)! <= d && (e.TRANG_THAI === '01' || day(e.NGAY_THAY_DOI)! > d));
  const levelOfSchool = (code: string) => schools.get(code)!.CAP_HOC as string;
  const rank = (q: string) => QUALIFICATIONS.find((x) => x.MA_TRINH_DO === q)!.BAC;
  const standardRank = (level: string) => rank(LEVELS.find((l) => l.MA_CAP_HOC === level)!.MA_TRINH_DO_CHUAN);
  const teachers = rows.teachers.filter((t) => live(t) && openCodes.has(t.MA_TRUONG as string) && day(t.NGAY_VAO_LAM)! <= d && (t.NGAY_NGHI === null || day(t.NGAY_NGHI)! > d));
  const schoolOfEnrolment = (e: Record<string, unknown>) => schools.get(classes.get(Number(e.ID_LOP))!.MA_TRUONG as string);
  const dropouts = liveEnrolments.filter((e) => {
    const school = schoolOfEnrolment(e);
    const on = day(e.NGAY_THAY_DOI);
    return school && e.TRANG_THAI === '02' && on! >= period.from && on! <= period.to && codes.has(codeOn(school, on!) ?? '');
  });
  const concerned = years.filter((y) => y.start <= period.to && !years.some((z) => z.start > y.start && z.start <= period.from));
  const enrolments = liveEnrolments.filter((e) => {
    const school = schoolOfEnrolment(e);
    const year = concerned.find((y) => y.code === classes.get(Number(e.ID_LOP))!.NAM_HOC);
    return school && year && day(e.NGAY_VAO_LOP)! <= period.to && codes.has(codeOn(school, year.start) ?? '');
  });
  const figures: Record<string, number> = {
    ED_SCHOOLS: open.length,
    ED_SCHOOLS_NON_PUBLIC: open.filter((s) => s.LOAI_HINH !== '01').length,
    'ED_SCHOOLS_NATIONAL_STANDARD_RATE.numerator': open.filter((s) => Number(s.DAT_CHUAN_QG) > 0 && day(s.NGAY_CONG_NHAN_CQG)! <= d).length,
    ED_CLASSES: classesNow.length,
    ED_STUDENTS: onRoll.length,
    ED_TEACHERS: teachers.length,
    'ED_TEACHERS_STANDARD_RATE.numerator': teachers.filter((t) => rank(t.MA_TRINH_DO as string) >= standardRank(levelOfSchool(t.MA_TRUONG as string))).length,
    ED_DROPOUTS: dropouts.length,
    'ED_DROPOUT_RATE.denominator': enrolments.length,
  };
  for (const [level, suffix] of [['01', 'PRESCHOOL'], ['02', 'PRIMARY'], ['03', 'LOWER_SECONDARY'], ['04', 'UPPER_SECONDARY']] as const) {
    figures[`ED_SCHOOLS_${suffix}`] = open.filter((s) => s.CAP_HOC === level).length;
    figures[`ED_CLASSES_${suffix}`] = classesNow.filter((c) => levelOfSchool(c.MA_TRUONG as string) === level).length;
    figures[`ED_STUDENTS_${suffix}`] = onRoll.filter((e) => levelOfSchool(classes.get(Number(e.ID_LOP))!.MA_TRUONG as string) === level).length;
    figures[`ED_TEACHERS_${suffix}`] = teachers.filter((t) => levelOfSchool(t.MA_TRUONG as string) === level).length;
  }
  return figures;
}

describe.each(testDatabaseKinds)('education indicators on %s', (kind) => {
  const fixture = useTestSubgraph(kind, education);

  async function figuresOf(keys: ReadonlyArray<readonly [string, string]>, period: Period, field = 'indicators', as?: Caller): Promise<Figures[]> {
    const res = await fixture.gql<{ _entities: Array<{ education: Record<string, IndicatorAnswer[]> }> }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on AdministrativeUnit { education { ${field}(period: ${literal(period)}) { ${FIELDS} } } } } }`,
      { r: keys.map(([code, validFrom]) => unitRepresentation(code, validFrom)) },
      as,
    );
    expect(res.errors).toBeUndefined();
    return res.data!._entities.map((e) => byCode(e.education[field]!));
  }

  let rows: Rows;
  beforeAll(async () => {
    const k: Knex = fixture.database.db.knex;
    rows = {
      years: await k('DM_NAM_HOC').select('*'),
      schools: await k('TRUONG').select('*'),
      classes: await k('LOP').select('*'),
      students: await k('HOC_SINH').select('ID_HS', 'DAXOA'),
      enrolments: await k('HOC_SINH_LOP').select('*'),
      teachers: await k('GIAO_VIEN').select('*'),
    };
  });

  it('seeds a scaled sample under 30,000 rows, with schools in every old district and soft-deleted rows', async () => {
    const total = Object.values(rows).reduce((s, list) => s + list.length, 0);
    expect(total).toBeGreaterThan(20_000);
    expect(total).toBeLessThan(30_000);
    expect(rows.schools.length).toBeGreaterThan(300);
    for (const district of [...oldDistricts('51'), ...oldDistricts('62')]) {
      expect(rows.schools.some((s) => s.MA_HUYEN === district.code), district.code).toBe(true);
    }
    for (const list of [rows.schools, rows.classes, rows.enrolments, rows.teachers]) expect(list.some((r) => Number(r.DAXOA) === 1)).toBe(true);
    // Schools founded after the reform carry the new commune only; every school open on 2025-07-01 has one.
    const late = rows.schools.filter((s) => fromDmy(s.NGAY_THANH_LAP as string)! >= NEW);
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((s) => s.MA_XA === null && s.MA_HUYEN === null && s.MA_XA_MOI !== null)).toBe(true);
    const openAtReform = rows.schools.filter((s) => fromDmy(s.NGAY_THANH_LAP as string)! < NEW && (s.NGAY_GIAI_THE === null || day(s.NGAY_GIAI_THE)! > NEW));
    expect(openAtReform.every((s) => s.MA_XA_MOI !== null)).toBe(true);
  });

  it('adds up for old Quảng Ngãi as of 2024-06-30: province = Σ districts + unattributed, every count, numerator and denominator, FINAL', async () => {
    const districts = oldDistricts('51').map((d) => [d.code, OLD] as const);
    const [province, ...parts] = await figuresOf([['51', OLD], ...districts], HALF_2024);
    const [unattributed] = await figuresOf([['51', OLD]], HALF_2024, 'unattributedIndicators');
    expect(parts).toHaveLength(13);
    for (const spec of SPECS) {
      expect(province![spec.code]!.status, spec.code).toBe('FINAL');
      for (const part of partsOf(spec)) {
        const sum = parts.reduce((s, d) => s + (d[spec.code]![part] ?? 0), 0) + (unattributed![spec.code]![part] ?? 0);
        expect(province![spec.code]![part], `${spec.code}.${part}`).toBeCloseTo(sum, 6);
      }
    }
    expect(province!.ED_STUDENTS!.value).toBeGreaterThan(1000);
    expect(province!.ED_DROPOUTS!.value).toBeGreaterThan(0);
  });

  it('adds up students per class and the drop-out rate from their parts, never averaged', async () => {
    const districts = oldDistricts('51').map((d) => [d.code, OLD] as const);
    for (const period of [HALF_2024, SCHOOL_YEAR_2024]) {
      const [province, ...parts] = await figuresOf([['51', OLD], ...districts], period);
      const [unattributed] = await figuresOf([['51', OLD]], period, 'unattributedIndicators');
      for (const code of ['ED_STUDENTS_PER_CLASS', 'ED_DROPOUT_RATE']) {
        const sum = (part: 'numerator' | 'denominator') => parts.reduce((s, d) => s + d[code]![part]!, 0) + (unattributed![code]![part] ?? 0);
        expect([province![code]!.numerator, province![code]!.denominator], code).toEqual([sum('numerator'), sum('denominator')]);
      }
      const p = province!;
      expect(p.ED_STUDENTS_PER_CLASS!.numerator).toBe(p.ED_STUDENTS!.value);
      expect(p.ED_STUDENTS_PER_CLASS!.denominator).toBe(p.ED_CLASSES!.value);
      expect(p.ED_STUDENTS_PER_CLASS!.value).toBeCloseTo(p.ED_STUDENTS!.value! / p.ED_CLASSES!.value!, 2);
      expect(p.ED_DROPOUT_RATE!.numerator).toBe(p.ED_DROPOUTS!.value);
      expect(p.ED_DROPOUT_RATE!.value).toBeCloseTo((100 * p.ED_DROPOUTS!.value!) / p.ED_DROPOUT_RATE!.denominator!, 2);
      // The scaled sample: 7–9 children a class (a few arrive, a few leave).
      expect(p.ED_STUDENTS_PER_CLASS!.value).toBeGreaterThan(6);
      expect(p.ED_STUDENTS_PER_CLASS!.value).toBeLessThan(10);
    }
  });

  it('holds old Kon Tum too: the new province in 2024 is old Quảng Ngãi plus old Kon Tum', async () => {
    const [quangNgai, konTum, province] = await figuresOf([['51', OLD], ['62', OLD], ['51', NEW]], HALF_2024);
    expect(konTum!.ED_SCHOOLS!.value).toBeGreaterThan(80);
    expect(konTum!.ED_STUDENTS!.value).toBeGreaterThan(500);
    for (const spec of SPECS) {
      for (const part of partsOf(spec)) {
        expect(province![spec.code]![part], `${spec.code}.${part}`).toBeCloseTo(quangNgai![spec.code]![part]! + konTum![spec.code]![part]!, 6);
      }
    }
  });

  it.each([
    ['Bình Sơn (524), first half of 2024', '524', OLD, HALF_2024],
    ['Kon Plông (613), school year 2024-2025', '613', OLD, SCHOOL_YEAR_2024],
    ['the new province, 2026 so far', '51', NEW, { from: '2026-01-01', to: '2026-10-31' }],
  ] as const)('matches a count of the tables made in plain code for %s, without soft-deleted rows', async (_name, code, validFrom, period) => {
    const [figures] = await figuresOf([[code, validFrom]], period);
    const codes = new Set(directory.coverageOf({ code, validFrom }, period.to).codes);
    const expected = independentFigures(rows, codes, period);
    for (const [key, value] of Object.entries(expected)) {
      const [indicator, part = 'value'] = key.split('.') as [string, 'value' | 'numerator' | 'denominator' | undefined];
      expect(figures![indicator]![part ?? 'value'], key).toBe(value);
    }
    expect(expected.ED_SCHOOLS).toBeGreaterThan(5);
    expect(expected.ED_STUDENTS).toBeGreaterThan(50);
  });

  it('reads stocks as of the last day: in summer the school year just ended, after the reform by new communes', async () => {
    const [june, july, september] = await Promise.all(
      ['2024-06-30', '2024-07-31', '2024-09-30'].map(async (to) => (await figuresOf([['51', OLD]], { from: '2024-01-01', to }))[0]!),
    );
    // The summer holidays still count school year 2023-2024's classes (until schools merge on 1 August).
    expect(july!.ED_CLASSES!.value).toBe(june!.ED_CLASSES!.value);
    expect(september!.ED_CLASSES!.value).not.toBe(june!.ED_CLASSES!.value);
    // After the reform the old province has no school of its own; the new communes have them.
    const [oldAfter] = await figuresOf([['51', OLD]], { from: '2026-01-01', to: '2026-03-31' });
    expect(oldAfter!.ED_SCHOOLS!.value ?? 0).toBe(0);
    const [ward] = await figuresOf([['23293', NEW]], { from: '2026-01-01', to: '2026-03-31' });
    expect(ward!.ED_SCHOOLS!.value).toBeGreaterThan(0);
    expect(ward!.ED_SCHOOLS!.status).toBe('FINAL');
  });

  it('shows the sector patterns: more drop-outs in the mountains, rising national-standard schools', async () => {
    const [city, mountain] = await figuresOf(
      [
        ['522', OLD],
        ['535', OLD],
      ],
      SCHOOL_YEAR_2024,
    );
    const [province] = await figuresOf([['51', OLD]], SCHOOL_YEAR_2024);
    expect(province!.ED_DROPOUT_RATE!.value).toBeGreaterThan(0.3);
    expect(province!.ED_DROPOUT_RATE!.value).toBeLessThan(5);
    expect(mountain!.ED_TEACHERS_STANDARD_RATE!.value).toBeLessThan(city!.ED_TEACHERS_STANDARD_RATE!.value!);
    const [before] = await figuresOf([['51', OLD]], { from: '2023-09-05', to: '2023-12-31' });
    const [after] = await figuresOf([['51', NEW]], { from: '2026-01-01', to: '2026-10-31' });
    expect(after!.ED_SCHOOLS_NATIONAL_STANDARD_RATE!.value).toBeGreaterThan(before!.ED_SCHOOLS_NATIONAL_STANDARD_RATE!.value!);
  });

  it('shares its figures: a caller scoped to 524 sees the same indicators as the province', async () => {
    const keys = [['51', OLD], ['522', OLD]] as const;
    expect(await figuresOf(keys, HALF_2024, 'indicators', scopedTo('524'))).toEqual(await figuresOf(keys, HALF_2024));
  });
});
