import { describe, expect, it } from 'vitest';
import { PII_READ, type Caller } from '../../lib/caller.js';
import { referenceData } from '../../reference/admin-units/reference-units.js';
import { fromDmy, toIsoDate } from '../kit/dates.js';
import { useTestSubgraph } from '../kit/testing/subgraph-fixture.js';
import { TEST_CALLERS } from '../kit/testing/test-credentials.js';
import { testDatabaseKinds } from '../kit/testing/test-database.js';
import { everyPage, scopedTo, unitRepresentation, type ConnectionAnswer, type IndicatorAnswer } from '../kit/testing/unit-queries.js';
import { UnitDirectory } from '../kit/units/unit-directory.js';
import { education } from './index.js';

const directory = new UnitDirectory(referenceData);
const OLD = '2000-01-01';
const NEW = '2025-07-01';
const JUNE_2024 = '2024-06-30';

interface SchoolNode {
  code: string;
  name: string;
  level: string;
  unitCode: string;
  meetsNationalStandard: boolean;
}
interface StudentNode {
  id: string;
  unitCode: string;
  status: string;
  statusChangedOn: string | null;
  schoolYear: string;
  identity?: { name: string; birthDate: string | null; sex: string; studentCode: string; idNumber: string | null } | null;
}

describe.each(testDatabaseKinds)('education lists on %s', (kind) => {
  const fixture = useTestSubgraph(kind, education);
  const k = () => fixture.database.db.knex;

  /** `education { <selection> }` of one unit version through `_entities`. */
  async function educationOf<T>(code: string, validFrom: string, selection: string, variables: Record<string, unknown> = {}, as?: Caller) {
    const declared = Object.keys(variables).map((name) => `, $${name}: ${name === 'first' ? 'Int' : 'String'}`);
    return fixture.gql<{ _entities: Array<{ education: T }> }>(
      `query($r: [_Any!]!${declared.join('')}) { _entities(representations: $r) { ... on AdministrativeUnit { education { ${selection} } } } }`,
      { r: [unitRepresentation(code, validFrom)], ...variables },
      as,
    );
  }

  async function walk<T>(code: string, validFrom: string, field: string, fields: string, size: number, as?: Caller): Promise<T[]> {
    const { nodes } = await everyPage<T>(async (after) => {
      const res = await educationOf<{ list: ConnectionAnswer<T> }>(code, validFrom, `list: ${field.replace('$PAGE', 'first: $first, after: $after')} { nodes { ${fields} } pageInfo { hasNextPage endCursor } }`, { first: size, after }, as);
      expect(res.errors).toBeUndefined();
      return res.data!._entities[0]!.education.list;
    }, 300);
    return nodes;
  }

  const indicatorsOf = async (code: string, validFrom: string, to: string) => {
    const res = await educationOf<{ indicators: IndicatorAnswer[] }>(code, validFrom, `indicators(period: { from: "2024-01-01", to: "${to}" }) { code value numerator denominator }`);
    return Object.fromEntries(res.data!._entities[0]!.education.indicators.map((i) => [i.code, i])) as Record<string, IndicatorAnswer>;
  };

  it('pages through every school of a district as of a day once, in order, without deleted or closed ones', async () => {
    const schools = await walk<SchoolNode>('524', OLD, `schools(asOf: "${JUNE_2024}", $PAGE)`, 'code name level unitCode meetsNationalStandard', 7);
    const codes = directory.coverageOf({ code: '524', validFrom: OLD }).codes as string[];
    const rows = (await k()('TRUONG').select('MA_TRUONG', 'DAXOA', 'NGAY_THANH_LAP', 'NGAY_GIAI_THE').whereIn('MA_XA', codes)) as Array<Record<string, unknown>>;
    const open = rows.filter((r) => Number(r.DAXOA) === 0 && fromDmy(r.NGAY_THANH_LAP as string)! <= JUNE_2024 && (r.NGAY_GIAI_THE === null || toIsoDate(r.NGAY_GIAI_THE as string)! > JUNE_2024));
    expect(schools.map((s) => s.code).sort()).toEqual(open.map((r) => r.MA_TRUONG as string).sort());
    expect(schools.length).toBeGreaterThan(15);
    const keys = schools.map((s) => `${s.unitCode}/${s.code}`);
    expect(keys).toEqual([...keys].sort());
    expect(schools.every((s) => codes.includes(s.unitCode))).toBe(true);
    const indicators = await indicatorsOf('524', OLD, JUNE_2024);
    expect(schools.length).toBe(indicators.ED_SCHOOLS!.value);
    expect(schools.filter((s) => s.meetsNationalStandard).length).toBe(indicators.ED_SCHOOLS_NATIONAL_STANDARD_RATE!.numerator);
  });

  it('agrees with the stocks of the indicators on the same day: classes, students on the roll, teachers', async () => {
    const res = await educationOf<Record<string, { totalCount: number }>>(
      '529',
      OLD,
      `classes(asOf: "${JUNE_2024}") { totalCount }
       onRoll: students(asOf: "${JUNE_2024}", status: ENROLLED) { totalCount }
       teachers(asOf: "${JUNE_2024}") { totalCount }
       standard: teachers(asOf: "${JUNE_2024}", meetsStandard: true) { totalCount }
       primary: schools(asOf: "${JUNE_2024}", level: PRIMARY) { totalCount }
       recognised: schools(asOf: "${JUNE_2024}", nationalStandard: true) { totalCount }`,
    );
    expect(res.errors).toBeUndefined();
    const lists = res.data!._entities[0]!.education;
    const indicators = await indicatorsOf('529', OLD, JUNE_2024);
    expect(lists.classes!.totalCount).toBe(indicators.ED_CLASSES!.value);
    expect(lists.onRoll!.totalCount).toBe(indicators.ED_STUDENTS!.value);
    expect(lists.teachers!.totalCount).toBe(indicators.ED_TEACHERS!.value);
    expect(lists.standard!.totalCount).toBe(indicators.ED_TEACHERS_STANDARD_RATE!.numerator);
    expect(lists.primary!.totalCount).toBe(indicators.ED_SCHOOLS_PRIMARY!.value);
    expect(lists.recognised!.totalCount).toBe(indicators.ED_SCHOOLS_NATIONAL_STANDARD_RATE!.numerator);
    expect(lists.onRoll!.totalCount).toBeGreaterThan(50);
    // Each class's roll adds up to the students on the roll.
    const classes = await walk<{ studentsOnRoll: number; schoolYear: string }>('529', OLD, `classes(asOf: "${JUNE_2024}", $PAGE)`, 'studentsOnRoll schoolYear', 50);
    expect(classes.reduce((s, c) => s + c.studentsOnRoll, 0)).toBe(indicators.ED_STUDENTS!.value);
    expect(new Set(classes.map((c) => c.schoolYear))).toEqual(new Set(['2023-2024']));
  });

  it('lists drop-outs of the school year with their day, as many as the indicator counts', async () => {
    const asOf = '2025-05-31';
    const dropped = await walk<StudentNode>('51', OLD, `students(asOf: "${asOf}", status: DROPPED_OUT, $PAGE)`, 'id unitCode status statusChangedOn schoolYear', 100);
    expect(dropped.length).toBeGreaterThan(10);
    expect(dropped.every((s) => s.status === 'DROPPED_OUT' && s.schoolYear === '2024-2025' && s.statusChangedOn! >= '2024-09-05' && s.statusChangedOn! <= asOf)).toBe(true);
    const res = await educationOf<{ indicators: IndicatorAnswer[] }>('51', OLD, 'indicators(period: { from: "2024-09-05", to: "2025-05-31" }) { code value }');
    expect(dropped.length).toBe(res.data!._entities[0]!.education.indicators.find((i) => i.code === 'ED_DROPOUTS')!.value);
    // Before the drop-out day the same student is still on the roll.
    const first = dropped[0]!;
    const before = await walk<StudentNode>('51', OLD, `students(asOf: "2024-09-30", status: ENROLLED, $PAGE)`, 'id status', 500);
    if (first.statusChangedOn! > '2024-09-30') expect(before.some((s) => s.id === first.id)).toBe(true);
  });

  it('reads an ended unit as of its last day and a new commune as of today, by default', async () => {
    const old = await educationOf<{ schools: ConnectionAnswer<SchoolNode & { unit: { code: string; validFrom: string } }> }>('524', OLD, 'schools(first: 50) { nodes { code unitCode unit { code validFrom } } }');
    expect(old.errors).toBeUndefined();
    const oldNodes = old.data!._entities[0]!.education.schools.nodes;
    expect(oldNodes.length).toBeGreaterThan(10);
    expect(oldNodes.every((s) => s.unit.validFrom === OLD)).toBe(true);
    const ward = await educationOf<{ schools: ConnectionAnswer<SchoolNode & { unit: { code: string; validFrom: string } }> }>('23293', NEW, 'schools(first: 50) { nodes { code unitCode unit { code validFrom } } }');
    const wardNodes = ward.data!._entities[0]!.education.schools.nodes;
    expect(wardNodes.length).toBeGreaterThan(0);
    expect(wardNodes.every((s) => s.unitCode === '23293' && s.unit.validFrom === NEW)).toBe(true);
  });

  it('keeps a caller scoped to Bình Sơn (524) inside 524, in every list and lookup', async () => {
    const header = scopedTo('524');
    const inside = new Set(directory.coverageOf({ code: '524', validFrom: OLD }).codes);
    const province = await educationOf<Record<string, ConnectionAnswer<{ unitCode: string }>>>(
      '51',
      OLD,
      `schools(asOf: "${JUNE_2024}", first: 200) { nodes { unitCode } }
       classes(asOf: "${JUNE_2024}", first: 200) { nodes { unitCode } }
       students(asOf: "${JUNE_2024}", first: 200) { nodes { unitCode } }
       teachers(asOf: "${JUNE_2024}", first: 200) { nodes { unitCode } }`,
      {},
      header,
    );
    expect(province.errors).toBeUndefined();
    for (const [list, page] of Object.entries(province.data!._entities[0]!.education)) {
      expect(page.nodes.length, list).toBeGreaterThan(10);
      expect(page.nodes.every((n) => inside.has(n.unitCode)), list).toBe(true);
    }
    const city = await educationOf<{ schools: unknown }>('522', OLD, 'schools(first: 5) { nodes { code } }', {}, header);
    expect(city.data!._entities[0]!.education.schools).toBeNull();
    expect(city.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [own] = (await k()('TRUONG').select('MA_TRUONG').where('DAXOA', 0).where('MA_HUYEN', '524').whereNull('NGAY_GIAI_THE').orderBy('MA_TRUONG')) as Array<{ MA_TRUONG: string }>;
    const [outside] = (await k()('TRUONG').select('MA_TRUONG').where('DAXOA', 0).where('MA_HUYEN', '522').whereNull('NGAY_GIAI_THE').orderBy('MA_TRUONG')) as Array<{ MA_TRUONG: string }>;
    const lookups = await fixture.gql<{ own: { code: string } | null; outside: unknown }>(
      `query($own: String!, $outside: String!) { own: school(code: $own, asOf: "${JUNE_2024}") { code } outside: school(code: $outside, asOf: "${JUNE_2024}") { code } }`,
      { own: own!.MA_TRUONG, outside: outside!.MA_TRUONG },
      header,
    );
    expect(lookups.data).toEqual({ own: { code: own!.MA_TRUONG }, outside: null });
  });

  it("serves a student's identity only with pii:read and a declared purpose, and reports who was read", async () => {
    const selection = `students(asOf: "${JUNE_2024}", first: 3) { nodes { id status identity { studentCode name birthDate sex idNumber } } }`;
    const refused: Array<[string, Caller]> = [
      ['no scope', TEST_CALLERS.province],
      ['no purpose', { ...TEST_CALLERS.auditor, purpose: null }],
      ['a local caller without the scope', scopedTo('531')],
    ];
    for (const [why, as] of refused) {
      const res = await educationOf<{ students: ConnectionAnswer<StudentNode> }>('531', OLD, selection, {}, as);
      const nodes = res.data!._entities[0]!.education.students.nodes;
      expect(nodes.length, why).toBe(3);
      expect(nodes.every((n) => n.identity === null && n.status), why).toBe(true);
      expect(res.errors?.length, why).toBe(3);
      expect(res.errors!.every((e) => e.extensions?.code === 'FORBIDDEN' && e.path?.at(-1) === 'identity'), why).toBe(true);
    }
    const served = await educationOf<{ students: ConnectionAnswer<StudentNode> }>('531', OLD, selection, {}, { ...scopedTo('531'), scopes: [PII_READ], purpose: 'xác minh hồ sơ học sinh' });
    expect(served.errors).toBeUndefined();
    const nodes = served.data!._entities[0]!.education.students.nodes;
    const rows = (await k()('HOC_SINH_LOP as e')
      .join('HOC_SINH as h', 'h.ID_HS', 'e.ID_HS')
      .whereIn('e.ID', nodes.map((n) => Number(n.id)))
      .select('e.ID as id', 'h.HO_TEN as name', 'h.NGAY_SINH as birth', 'h.MA_HS as code', 'h.MA_DINH_DANH as idNumber')) as Array<{ id: number; name: string; birth: string; code: string; idNumber: string | null }>;
    for (const node of nodes) {
      const row = rows.find((r) => String(r.id) === node.id)!;
      expect(node.identity).toMatchObject({ name: row.name, birthDate: fromDmy(row.birth), studentCode: row.code, idNumber: row.idNumber });
      expect(node.identity!.studentCode).toMatch(/^51\d{8}$/);
    }
    const subjects = (served as { extensions?: { subjects?: string[] } }).extensions?.subjects ?? [];
    expect(subjects.sort()).toEqual(rows.map((r) => r.idNumber ?? `HS ${r.code}`).sort());
  });

  it('resolves a school reference by code, hiding deleted schools, and rejects malformed input', async () => {
    const [live] = (await k()('TRUONG').select('MA_TRUONG').where('DAXOA', 0).whereNull('NGAY_GIAI_THE').orderBy('MA_TRUONG')) as Array<{ MA_TRUONG: string }>;
    const [dead] = (await k()('TRUONG').select('MA_TRUONG').where('DAXOA', 1).orderBy('MA_TRUONG')) as Array<{ MA_TRUONG: string }>;
    const res = await fixture.gql<{ _entities: Array<{ code: string } | null> }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on School { code } } }',
      { r: [live, dead, { MA_TRUONG: '12' }].map((s) => ({ __typename: 'School', code: s!.MA_TRUONG })) },
      TEST_CALLERS.auditor,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toEqual([{ code: live!.MA_TRUONG }, null, null]);
    for (const selection of ['schools(first: 501) { nodes { code } }', 'students(after: "bm90LWEtY3Vyc29y") { nodes { id } }', 'teachers(asOf: "2024-02-30") { nodes { id } }']) {
      const bad = await educationOf(`524`, OLD, selection);
      expect(bad.errors?.[0]?.extensions?.code, selection).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(bad), selection).not.toMatch(/TRUONG|select /i);
    }
    const code = await fixture.gql('{ school(code: "12") { code } }');
    expect(code.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
