import { describe, expect, it } from 'vitest';
import { PII_READ, PII_SENSITIVE, type Caller } from '../../lib/caller.js';
import { referenceData } from '../../reference/admin-units/reference-units.js';
import { toIsoDate } from '../kit/dates.js';
import { useTestSubgraph } from '../kit/testing/subgraph-fixture.js';
import { localCaller, TEST_CALLERS } from '../kit/testing/test-credentials.js';
import { testDatabaseKinds } from '../kit/testing/test-database.js';
import { everyPage, scopedTo, unitRepresentation, type ConnectionAnswer, type IndicatorAnswer } from '../kit/testing/unit-queries.js';
import { UnitDirectory } from '../kit/units/unit-directory.js';
import { health } from './index.js';
import { ICD10 } from './lookups/codes.js';

const directory = new UnitDirectory(referenceData);
const OLD = '2000-01-01';
const NEW = '2025-07-01';

interface EpisodeNode {
  episodeKey: string;
  unitCode: string;
  admittedOn: string;
  inpatient: boolean;
  treatmentType: string;
}

/** A Bình Sơn IOC investigating a case: personal data scopes and a declared purpose, as given. */
const investigator = (scopes: string[], purpose: string | null): Caller => ({ ...localCaller('524'), scopes, purpose });

describe.each(testDatabaseKinds)('health lists on %s', (kind) => {
  const fixture = useTestSubgraph(kind, health);
  const knex = () => fixture.database.db.knex;

  /** `health { <selection> }` of one unit version through `_entities`. */
  function healthOf<T>(code: string, validFrom: string, selection: string, variables: Record<string, unknown> = {}, as?: Caller) {
    const declared = Object.keys(variables).map((name) => `, $${name}: ${name === 'first' ? 'Int' : 'String'}`);
    return fixture.gql<{ _entities: Array<{ health: T }> }>(
      `query($r: [_Any!]!${declared.join('')}) { _entities(representations: $r) { ... on AdministrativeUnit { health { ${selection} } } } }`,
      { r: [unitRepresentation(code, validFrom)], ...variables },
      as,
    );
  }

  /** Every node of one list of a unit, page by page. */
  async function walk<T>(code: string, validFrom: string, list: string, fields: string, size: number) {
    const { nodes } = await everyPage<T>(async (after) => {
      const res = await healthOf<{ list: ConnectionAnswer<T> }>(
        code,
        validFrom,
        `list: ${list.replace('$PAGE', 'first: $first, after: $after')} { nodes { ${fields} } pageInfo { hasNextPage endCursor } }`,
        { first: size, after },
      );
      expect(res.errors).toBeUndefined();
      return res.data!._entities[0]!.health.list;
    }, 300);
    return nodes;
  }

  it('pages through every 2024 episode of Minh Long (531) once, newest first, as many as the indicators count', async () => {
    const episodes = await walk<EpisodeNode>('531', OLD, 'treatmentEpisodes(period: { from: "2024-01-01", to: "2024-12-31" }, $PAGE)', 'episodeKey unitCode admittedOn inpatient treatmentType', 7);
    const res = await healthOf<{ indicators: IndicatorAnswer[] }>('531', OLD, 'indicators(period: { from: "2024-01-01", to: "2024-12-31" }) { code value numerator denominator unitOfMeasure status }');
    const value = (code: string) => res.data!._entities[0]!.health.indicators.find((i) => i.code === code)!.value!;
    expect(episodes.length).toBeGreaterThan(15);
    expect(episodes.length).toBe(value('HE_OUTPATIENT_EPISODES') + value('HE_INPATIENT_EPISODES'));
    expect(episodes.filter((e) => e.inpatient).length).toBe(value('HE_INPATIENT_EPISODES'));
    expect(new Set(episodes.map((e) => e.episodeKey)).size).toBe(episodes.length);
    expect(episodes.map((e) => e.admittedOn)).toEqual([...episodes.map((e) => e.admittedOn)].sort().reverse());
    expect(episodes.every((e) => e.admittedOn >= '2024-01-01' && e.admittedOn <= '2024-12-31')).toBe(true);
    expect(episodes.every((e) => e.inpatient === (e.treatmentType === 'INPATIENT'))).toBe(true);
    const deleted = (await knex()('XML1_TONG_HOP').select('MA_LK').where('DAXOA', 1)) as Array<{ MA_LK: string }>;
    const keys = new Set(episodes.map((e) => e.episodeKey));
    expect(deleted.some((d) => keys.has(d.MA_LK))).toBe(false);
  });

  it("keeps a caller scoped to Bình Sơn (524) inside 524, in every list and lookup", async () => {
    const inside = new Set(directory.coverageOf({ code: '524', validFrom: OLD }).codes);
    const res = await healthOf<Record<string, ConnectionAnswer<{ unitCode: string }>>>(
      '51',
      OLD,
      `treatmentEpisodes(first: 200) { nodes { unitCode } }
       facilities(first: 200, includeClosed: true) { nodes { unitCode: locationCode } }
       diseaseCaseReports(first: 200) { nodes { unitCode } }
       vaccinations(first: 200) { nodes { unitCode } }`,
      {},
      scopedTo('524'),
    );
    expect(res.errors).toBeUndefined();
    for (const [list, page] of Object.entries(res.data!._entities[0]!.health)) {
      expect(page.nodes.length, list).toBeGreaterThan(0);
      expect(page.nodes.filter((n) => !inside.has(n.unitCode)), list).toEqual([]);
    }
    const city = await healthOf<{ treatmentEpisodes: unknown }>('522', OLD, 'treatmentEpisodes(first: 5) { nodes { episodeKey } }', {}, scopedTo('524'));
    expect(city.data!._entities[0]!.health.treatmentEpisodes).toBeNull();
    expect(city.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const outside = (await knex()('XML1_TONG_HOP').select('MA_LK').where('DAXOA', 0).where('MAXA_CU_TRU', '21010').first()) as { MA_LK: string };
    const own = (await knex()('XML1_TONG_HOP').select('MA_LK').where('DAXOA', 0).whereIn('MAXA_CU_TRU', [...inside]).first()) as { MA_LK: string };
    const lookups = await fixture.gql(`query($a: String!, $b: String!) { outside: treatmentEpisode(episodeKey: $a) { episodeKey } own: treatmentEpisode(episodeKey: $b) { episodeKey } }`, { a: outside.MA_LK, b: own.MA_LK }, scopedTo('524'));
    expect(lookups.data).toEqual({ outside: null, own: { episodeKey: own.MA_LK } });
  });

  it('guards the patient and the diagnoses as sensitive data: FORBIDDEN with pii:read only or without a purpose, served with both and a purpose', async () => {
    const selection = `treatmentEpisodes(first: 5, period: { from: "2024-01-01", to: "2024-12-31" }) { nodes {
      episodeKey admittedOn facility { code name } patient { name idNumber birthDate sex } mainDiagnosis { code name } otherDiagnoses { code name } } }`;
    type Answer = { treatmentEpisodes: ConnectionAnswer<{ episodeKey: string; facility: { code: string } | null; patient: { name: string; idNumber: string | null } | null; mainDiagnosis: { code: string; name: string } | null }> };
    for (const as of [investigator([PII_READ], 'Điều tra ca bệnh sốt xuất huyết'), investigator([PII_READ, PII_SENSITIVE], null)]) {
      const res = await healthOf<Answer>('524', OLD, selection, {}, as);
      const nodes = res.data!._entities[0]!.health.treatmentEpisodes.nodes;
      expect(nodes).toHaveLength(5);
      // The fields without personal data are served; the patient and the diagnoses are not.
      expect(nodes.every((n) => n.episodeKey && n.facility?.code && n.patient === null && n.mainDiagnosis === null)).toBe(true);
      expect(new Set(res.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
      expect(JSON.stringify(res)).not.toMatch(/HO_TEN|MA_BENH/);
    }
    const served = await healthOf<Answer>('524', OLD, selection, {}, investigator([PII_READ, PII_SENSITIVE], 'Điều tra ca bệnh sốt xuất huyết'));
    expect(served.errors).toBeUndefined();
    const icd = new Map(ICD10.map((d) => [d.MA_BENH, d.TEN_BENH]));
    for (const node of served.data!._entities[0]!.health.treatmentEpisodes.nodes) {
      const row = (await knex()('XML1_TONG_HOP').select('HO_TEN', 'SO_CCCD', 'MA_BENH_CHINH').where('MA_LK', node.episodeKey).first()) as { HO_TEN: string; SO_CCCD: string | null; MA_BENH_CHINH: string };
      expect(node.patient).toMatchObject({ name: row.HO_TEN, idNumber: row.SO_CCCD });
      expect(node.mainDiagnosis).toEqual({ code: row.MA_BENH_CHINH, name: icd.get(row.MA_BENH_CHINH) });
    }
  });

  it("guards the vaccinated child the same way, and names the station that gave the dose", async () => {
    const selection = 'vaccinations(first: 3) { nodes { id vaccine vaccineName dose vaccinatedOn facility { code level } child { name birthDate idNumber } } }';
    type Answer = { vaccinations: ConnectionAnswer<{ vaccine: string; facility: { level: string } | null; child: { name: string; birthDate: string } | null }> };
    const denied = await healthOf<Answer>('524', OLD, selection, {}, investigator([PII_READ], 'Rà soát tiêm chủng'));
    expect(denied.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    expect(denied.data!._entities[0]!.health.vaccinations.nodes.every((n) => n.child === null && n.facility !== null)).toBe(true);
    const served = await healthOf<Answer>('524', OLD, selection, {}, TEST_CALLERS.auditor);
    expect(served.errors).toBeUndefined();
    expect(served.data!._entities[0]!.health.vaccinations.nodes.every((n) => n.child !== null && n.child.name.length > 3)).toBe(true);
  });

  it('lists the facilities of a district by level, closed stations only when asked, and looks them up by code', async () => {
    type Answer = { current: ConnectionAnswer<{ code: string; level: string; closedOn: string | null }>; all: ConnectionAnswer<{ code: string; level: string; closedOn: string | null }>; hospitals: ConnectionAnswer<{ code: string; name: string; actualBeds: number }> };
    const res = await healthOf<Answer>(
      '524',
      OLD,
      `current: facilities(first: 100) { nodes { code level closedOn } }
       all: facilities(first: 100, includeClosed: true) { nodes { code level closedOn } }
       hospitals: facilities(level: PROVINCIAL) { nodes { code name actualBeds } }`,
    );
    expect(res.errors).toBeUndefined();
    const { current, all, hospitals } = res.data!._entities[0]!.health;
    expect(hospitals.nodes).toEqual([{ code: '51005', name: 'Bệnh viện Đa khoa Dung Quất', actualBeds: expect.any(Number) }]);
    expect(current.nodes.every((f) => f.closedOn === null)).toBe(true);
    expect(all.nodes.filter((f) => f.level === 'COMMUNE' && f.closedOn === '2025-07-01')).toHaveLength(22);
    const levels = all.nodes.map((f) => f.level);
    expect(levels).toEqual([...levels].sort((a, b) => ['PROVINCIAL', 'DISTRICT', 'COMMUNE'].indexOf(a) - ['PROVINCIAL', 'DISTRICT', 'COMMUNE'].indexOf(b)));
    const lookup = await fixture.gql<{ healthFacility: { name: string; level: string; levelName: string; locationCode: string } | null; deleted: unknown; _entities: unknown[] }>(
      `{ healthFacility(code: "51001") { name level levelName locationCode }
         deleted: healthFacility(code: "51399") { name }
         _entities(representations: [{ __typename: "HealthFacility", code: "62003" }, { __typename: "HealthFacility", code: "x" }]) { ... on HealthFacility { name } } }`,
    );
    expect(lookup.data).toEqual({
      healthFacility: { name: 'Bệnh viện Đa khoa tỉnh Quảng Ngãi', level: 'PROVINCIAL', levelName: 'Tuyến tỉnh', locationCode: '21028' },
      deleted: null,
      _entities: [{ name: 'Bệnh viện Đa khoa khu vực Ngọc Hồi' }, null],
    });
  });

  it('lists the weekly disease reports of a period and group, latest week first, adding up to the indicator', async () => {
    interface Report {
      id: string;
      year: number;
      week: number;
      weekStart: string;
      weekEnd: string;
      diseaseGroup: string;
      cases: number;
    }
    const reports = await walk<Report>('51', OLD, 'diseaseCaseReports(diseaseGroup: DENGUE, period: { from: "2024-09-01", to: "2024-11-30" }, $PAGE)', 'id year week weekStart weekEnd diseaseGroup cases', 100);
    const res = await healthOf<{ indicators: IndicatorAnswer[] }>('51', OLD, 'indicators(period: { from: "2024-09-01", to: "2024-11-30" }) { code value numerator denominator unitOfMeasure status }');
    expect(reports.length).toBeGreaterThan(50);
    expect(reports.reduce((s, r) => s + r.cases, 0)).toBe(res.data!._entities[0]!.health.indicators.find((i) => i.code === 'HE_CASES_DENGUE')!.value);
    expect(reports.every((r) => r.diseaseGroup === 'DENGUE' && r.cases > 0 && r.weekEnd >= '2024-09-01' && r.weekEnd <= '2024-11-30')).toBe(true);
    expect(reports.every((r) => r.year === 2024 && new Date(r.weekStart).getUTCDay() === 1 && toIsoDate(new Date(Date.parse(r.weekStart) + 6 * 86_400_000)) === r.weekEnd)).toBe(true);
    expect(reports.map((r) => r.weekEnd)).toEqual([...reports.map((r) => r.weekEnd)].sort().reverse());
  });

  it('lists the doses of a new commune after the reform under its code only', async () => {
    const commune = '21025';
    const doses = await walk<{ unitCode: string; vaccinatedOn: string; vaccine: string }>(commune, NEW, 'vaccinations(period: { from: "2025-07-01", to: "2026-10-31" }, $PAGE)', 'unitCode vaccinatedOn vaccine', 50);
    expect(doses.length).toBeGreaterThan(0);
    expect(doses.every((d) => d.unitCode === commune && d.vaccinatedOn >= '2025-07-01')).toBe(true);
    const [live] = (await knex()('TC_MUI_TIEM as v')
      .join('TC_DOI_TUONG as c', 'c.MA_DOI_TUONG', 'v.MA_DOI_TUONG')
      .count('* as n')
      .where('v.MA_XA', commune)
      .where('v.DAXOA', 0)
      .where('c.DAXOA', 0)
      .where('v.NGAY_TIEM', '>=', '2025-07-01')) as Array<{ n: string | number }>;
    expect(doses.length).toBe(Number(live!.n));
  });

  it.each([
    ['a page too large', 'treatmentEpisodes(first: 501) { nodes { episodeKey } }'],
    ['a forged cursor', 'treatmentEpisodes(after: "bm90LWEtY3Vyc29y") { nodes { episodeKey } }'],
    ['a cursor of another list', `facilities(after: "${Buffer.from(JSON.stringify(['2024-01-01', '1'])).toString('base64url')}") { nodes { code } }`],
    ['a malformed facility code', 'treatmentEpisodes(facilityCode: "5100A") { nodes { episodeKey } }'],
    ['a reversed period', 'vaccinations(period: { from: "2024-12-31", to: "2024-01-01" }) { nodes { id } }'],
  ])('rejects %s with BAD_USER_INPUT', async (_name, selection) => {
    const res = await healthOf('524', OLD, selection);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|XML1_|DM_CSKCB|select /i);
  });

  it('rejects a malformed facility code in a root lookup, and answers null for unknown keys', async () => {
    const bad = await fixture.gql('{ healthFacility(code: "12") { name } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await fixture.gql('{ treatmentEpisode(episodeKey: "khong-co") { episodeKey } healthFacility(code: "99999") { name } }');
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ treatmentEpisode: null, healthFacility: null });
  });
});
