import type { Caller } from '../../lib/caller.js';
import { describe, expect, it } from 'vitest';
import { oldDistricts } from '../../reference/admin-units/reference-units.js';
import { publicServices } from './index.js';
import { useTestSubgraph } from '../kit/testing/subgraph-fixture.js';
import { testDatabaseKinds } from '../kit/testing/test-database.js';
import { everyPage, unitRepresentation as unit, type IndicatorAnswer } from '../kit/testing/unit-queries.js';
import { TEST_CALLERS } from '../kit/testing/test-credentials.js';
import { isWorkingDay } from '../kit/calendar/working-days.js';
import { vietnamDayOf } from '../kit/dates.js';

interface DossierNode {
  id: string;
  number: string;
  unitCode: string;
  receivedAt: string;
  dueAt: string;
  finishedAt: string | null;
  status: string;
  online: boolean;
  overdue: boolean;
  timeliness: string | null;
}
interface Page {
  edges: Array<{ cursor: string; node: DossierNode }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
const OLD = '2000-01-01';
const NEW = '2025-07-01';
const YEAR_2024 = { from: '2024-01-01', to: '2024-12-31' };
const DISTRICTS = oldDistricts('51').map((d) => d.code);
const byCode = (list: IndicatorAnswer[]) => new Map(list.map((i) => [i.code, i]));
const NODE = 'id number unitCode receivedAt dueAt finishedAt status online overdue timeliness';

const INDICATORS = `query($reps: [_Any!]!, $period: PeriodInput!) {
  _entities(representations: $reps) { ... on AdministrativeUnit { code publicServices { indicators(period: $period) { code value numerator denominator status } } } }
}`;
const DOSSIERS = `query($reps: [_Any!]!, $period: PeriodInput, $status: DossierStatus, $online: Boolean, $overdue: Boolean, $first: Int, $after: String) {
  _entities(representations: $reps) { ... on AdministrativeUnit { code publicServices {
    dossiers(period: $period, status: $status, online: $online, overdue: $overdue, first: $first, after: $after) {
      edges { cursor node { ${NODE} } } pageInfo { hasNextPage endCursor }
    } } } }
}`;

describe.each(testDatabaseKinds)('public-services subgraph on %s', (kind) => {
  const fixture = useTestSubgraph(kind, publicServices);
  const gql = fixture.gql;

  type UnitIndicators = { _entities: Array<{ code: string; publicServices: { indicators: IndicatorAnswer[] } }> };
  async function indicators(codes: string[], period = YEAR_2024, validFrom = OLD, headers?: Caller | Record<string, string>) {
    const body = await gql<UnitIndicators>(INDICATORS, { reps: codes.map((c) => unit(c, validFrom)), period }, headers);
    expect(body.errors).toBeUndefined();
    return body.data!._entities.map((e) => byCode(e.publicServices.indicators));
  }

  type UnitDossiers = { _entities: Array<{ code: string; publicServices: { dossiers: Page } }> };
  async function page(code: string, args: Record<string, unknown>, headers?: Caller | Record<string, string>, validFrom = OLD): Promise<Page> {
    const body = await gql<UnitDossiers>(DOSSIERS, { reps: [unit(code, validFrom)], ...args }, headers);
    expect(body.errors).toBeUndefined();
    return body.data!._entities[0]!.publicServices.dossiers;
  }

  /** Every dossier of a unit matching the arguments, following the cursors. */
  async function all(code: string, args: Record<string, unknown>, headers?: Caller | Record<string, string>): Promise<DossierNode[]> {
    const { nodes } = await everyPage(async (after) => {
      const p = await page(code, { ...args, first: 500, after }, headers);
      return { nodes: p.edges.map((e) => e.node), pageInfo: p.pageInfo };
    });
    return nodes;
  }

  /** Dossiers received in a Vietnam-day period, counted straight from the legacy table. */
  async function countInTable(codes: string[] | null, from: string, to: string): Promise<number> {
    const start = (day: string) => new Date(`${day}T00:00:00+07:00`);
    const q = fixture.database.db
      .knex('HoSo')
      .where('DaXoa', 0)
      .andWhere('NgayNhan', '>=', start(from))
      .andWhere('NgayNhan', '<', new Date(start(to).getTime() + 86_400_000));
    if (codes) q.whereIn('MaDonVi', codes);
    const [row] = await q.count({ n: '*' });
    return Number(row!.n);
  }

  it('seeds a believable one-stop database at scale 1', async () => {
    const [counts] = await fixture.database.db.knex('HoSo').select(
      fixture.database.db.knex.raw('count(*) as n'),
      fixture.database.db.knex.raw('sum(case when ?? = 1 then 1 else 0 end) as deleted', ['DaXoa']),
      fixture.database.db.knex.raw('sum(case when ?? is null then 1 else 0 end) as open', ['NgayTra']),
    );
    const n = Number(counts.n);
    expect(n).toBeGreaterThan(15_000);
    expect(n).toBeLessThan(32_000);
    expect(Number(counts.deleted) / n).toBeGreaterThan(0.005);
    expect(Number(counts.deleted) / n).toBeLessThan(0.02);
    expect(Number(counts.open)).toBeGreaterThan(50);
    const [procedures] = await fixture.database.db.knex('ThuTuc').where('DaXoa', 0).count({ n: '*' });
    expect(Number(procedures!.n)).toBeGreaterThanOrEqual(60);
  });

  it('takes counter filings on working days only (weekends, public holidays and days off are online), due in working days', async () => {
    const rows = (await fixture.database.db.knex('HoSo').where('DaXoa', 0).select('NgayNhan', 'NgayHenTra', 'NopTrucTuyen')) as Array<{ NgayNhan: unknown; NgayHenTra: unknown; NopTrucTuyen: number }>;
    const day = (at: unknown) => vietnamDayOf(new Date(at as string));
    const atCounterOnDayOff = rows.filter((r) => Number(r.NopTrucTuyen) === 0 && !isWorkingDay(day(r.NgayNhan)));
    expect(atCounterOnDayOff).toEqual([]);
    expect(rows.filter((r) => !isWorkingDay(day(r.NgayHenTra)))).toEqual([]);
    // Filed online over Tết 2024 (8–14 February), they exist, and are due after it.
    expect(rows.some((r) => day(r.NgayNhan) >= '2024-02-08' && day(r.NgayNhan) <= '2024-02-14')).toBe(true);
  });

  it('counts the province (old 51, 2024) as the sum of its 13 districts, rates recomputed from the parts', async () => {
    const [province] = await indicators(['51']);
    const districts = await indicators(DISTRICTS);
    expect(districts).toHaveLength(13);
    for (const [code, value] of province!) {
      if (value.numerator === null) {
        expect(value.value, code).toBe(districts.reduce((s, d) => s + (d.get(code)!.value ?? 0), 0));
      } else {
        const numerator = districts.reduce((s, d) => s + d.get(code)!.numerator!, 0);
        const denominator = districts.reduce((s, d) => s + d.get(code)!.denominator!, 0);
        expect([value.numerator, value.denominator], code).toEqual([numerator, denominator]);
        expect(value.value, code).toBeCloseTo((100 * numerator) / denominator, 2);
      }
      expect(value.status).toBe('FINAL');
    }
    const p = (code: string) => province!.get(code)!;
    // The table holds old Kon Tum's dossiers too (taken over at the merger): together, every row.
    const [konTum] = await indicators(['62']);
    expect(konTum!.get('PS_RECEIVED')).toMatchObject({ status: 'FINAL' });
    expect(p('PS_RECEIVED').value! + konTum!.get('PS_RECEIVED')!.value!).toBe(await countInTable(null, '2024-01-01', '2024-12-31'));
    expect(p('PS_RECEIVED').value).toBeGreaterThan(4000);
    expect(p('PS_ONLINE_RATE').numerator).toBe(p('PS_RECEIVED_ONLINE').value);
    expect(p('PS_ONLINE_RATE').denominator).toBe(p('PS_RECEIVED').value);
    expect(p('PS_FINISHED').value).toBe(p('PS_FINISHED_AHEAD').value! + p('PS_FINISHED_ON_TIME').value! + p('PS_FINISHED_LATE').value!);
    expect(p('PS_ONTIME_RATE').numerator).toBe(p('PS_FINISHED_AHEAD').value! + p('PS_FINISHED_ON_TIME').value!);
    expect(p('PS_IN_PROCESS').value).toBe(p('PS_IN_PROCESS_NOT_DUE').value! + p('PS_IN_PROCESS_OVERDUE').value!);
    // Late dossiers still open at the end of 2024 make a real overdue backlog.
    expect(p('PS_IN_PROCESS_OVERDUE').value).toBeGreaterThan(0);
  });

  it('shows the seeded patterns: online filing rises, mountain districts run late, the city does not', async () => {
    const [y2023] = await indicators(['51'], { from: '2023-01-01', to: '2023-12-31' });
    const [y2026] = await indicators(['51'], { from: '2026-01-01', to: '2026-10-31' }, NEW);
    expect(y2023!.get('PS_ONLINE_RATE')!.value!).toBeLessThan(40);
    expect(y2026!.get('PS_ONLINE_RATE')!.value!).toBeGreaterThan(60);
    const [city, sonTay, traBong, baTo] = await indicators(['522', '530', '525', '535']);
    const onTime = (m: Map<string, IndicatorAnswer>) => m.get('PS_ONTIME_RATE')!.value!;
    for (const mountain of [sonTay, traBong, baTo]) expect(onTime(mountain!)).toBeLessThan(onTime(city!) - 5);
  });

  it('counts the new province (51 from 2025-07-01) over its communes and their predecessors', async () => {
    const period = { from: '2026-01-01', to: '2026-06-30' };
    const [province] = await indicators(['51'], period, NEW);
    expect(province!.get('PS_RECEIVED')!.value).toBe(await countInTable(null, period.from, period.to));
    // An open period is preliminary until it ends.
    const [current] = await indicators(['51'], { from: '2026-10-01', to: '2035-12-31' }, NEW);
    expect(current!.get('PS_RECEIVED')!.status).toBe('PRELIMINARY');
  });

  it('lists a unit newest first, pages without overlap, and agrees with its indicators', async () => {
    const first = await page('531', { period: YEAR_2024, first: 40 });
    const second = await page('531', { period: YEAR_2024, first: 40, after: first.pageInfo.endCursor });
    const both = await page('531', { period: YEAR_2024, first: 80 });
    expect(first.edges).toHaveLength(40);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const ids = [...first.edges, ...second.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(both.edges.map((e) => e.node.id));
    const nodes = both.edges.map((e) => e.node);
    for (let i = 1; i < nodes.length; i++) {
      const [a, b] = [nodes[i - 1]!, nodes[i]!];
      expect(a.receivedAt > b.receivedAt || (a.receivedAt === b.receivedAt && Number(a.id) > Number(b.id))).toBe(true);
    }
    const [minhLong] = await indicators(['531']);
    const listed = await all('531', { period: YEAR_2024 });
    expect(listed.length).toBe(minhLong!.get('PS_RECEIVED')!.value);
    expect(listed.every((d) => d.receivedAt >= '2023-12-31T17:00:00.000Z' && d.receivedAt < '2024-12-31T17:00:00.000Z')).toBe(true);
    const online = await all('531', { period: YEAR_2024, online: true });
    expect(online.length).toBe(minhLong!.get('PS_RECEIVED_ONLINE')!.value);
    expect(online.every((d) => d.online)).toBe(true);
  });

  it('filters by status and overdue consistently with the fields it returns', async () => {
    const finished = await all('530', { period: YEAR_2024, status: 'FINISHED' });
    expect(finished.length).toBeGreaterThan(20);
    expect(finished.every((d) => d.status === 'FINISHED' && d.finishedAt !== null && d.timeliness !== null)).toBe(true);
    const overdue = await all('530', { period: YEAR_2024, overdue: true });
    const onTime = await all('530', { period: YEAR_2024, overdue: false });
    const everything = await all('530', { period: YEAR_2024 });
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length + onTime.length).toBe(everything.length);
    expect(overdue.every((d) => d.overdue && (d.finishedAt === null || d.finishedAt > d.dueAt))).toBe(true);
    expect(onTime.every((d) => !d.overdue)).toBe(true);
    const late = finished.filter((d) => d.timeliness === 'LATE');
    expect(late.every((d) => d.finishedAt! > d.dueAt)).toBe(true);
    const open = await all('51', { status: 'IN_PROCESS' });
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((d) => d.finishedAt === null)).toBe(true);
  });

  it('resolves references and nested fields through loaders, and maps the legacy DD/MM/YYYY date', async () => {
    const [row] = await fixture.database.db.knex('ThuTuc').where('MaThuTuc', '1.001193').select('NgayQuyetDinh');
    const [d, m, y] = String(row!.NgayQuyetDinh).split('/');
    const body = await gql<{ procedure: { name: string; announcedOn: string; field: { code: string }; level: string; onlineService: string } }>(
      '{ procedure(code: "1.001193") { name announcedOn field { code } level onlineService } }',
    );
    expect(body.data!.procedure).toEqual({ name: 'Đăng ký khai sinh', announcedOn: `${y}-${m}-${d}`, field: { code: 'HT' }, level: 'COMMUNE', onlineService: 'FULL' });

    const latest = await page('524', { first: 1 });
    const number = latest.edges[0]!.node.number;
    type Found = {
      id: string;
      procedure: { code: string };
      agency: { code: string; level: string };
      unit: { code: string; validFrom: string };
      applicant: { name: string; idNumber: string | null };
    };
    const found = await gql<{ dossierByNumber: Found }>(
      `{ dossierByNumber(number: "${number}") { id procedure { code } agency { code level } unit { code validFrom } applicant { name idNumber } } }`,
      undefined,
      TEST_CALLERS.auditor,
    );
    const dossier = found.data!.dossierByNumber;
    expect(dossier.id).toBe(latest.edges[0]!.node.id);
    expect(dossier.unit.validFrom).toBe(NEW);
    expect(dossier.agency.code).toBe(number.split('-')[0]);
    expect(dossier.applicant.name.length).toBeGreaterThan(3);
    if (dossier.applicant.idNumber) expect(dossier.applicant.idNumber).toMatch(/^0(51|62)[0-3]\d{8}$/);

    const entities = await gql<{ _entities: Array<{ number?: string; name?: string } | null> }>(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Dossier { number } ... on Procedure { name } ... on Agency { name } } }`,
      {
        reps: [
          { __typename: 'Dossier', id: dossier.id },
          { __typename: 'Procedure', code: '2.000488' },
          { __typename: 'Agency', code: '000.00.30.H48' },
          { __typename: 'Dossier', id: 'x' },
        ],
      },
    );
    expect(entities.data!._entities).toEqual([{ number }, { name: expect.stringContaining('lý lịch tư pháp') }, { name: 'Bộ phận Một cửa UBND huyện Sơn Tây' }, null]);

    const old = await page('530', { period: YEAR_2024, first: 1 });
    const oldUnit = await gql<{ dossier: { unit: { validFrom: string } } }>(`{ dossier(id: "${old.edges[0]!.node.id}") { unit { validFrom } } }`);
    expect(oldUnit.data!.dossier.unit.validFrom).toBe(OLD);
  });

  it('answers bad input with BAD_USER_INPUT and a bad enum with a validation error', async () => {
    const code = async (query: string, variables: Record<string, unknown> = {}) => (await gql(query, variables)).errors?.[0]?.extensions?.code;
    expect(await code(DOSSIERS, { reps: [unit('524')], first: 501 })).toBe('BAD_USER_INPUT');
    expect(await code(DOSSIERS, { reps: [unit('524')], after: 'not-a-cursor' })).toBe('BAD_USER_INPUT');
    expect(await code(DOSSIERS, { reps: [unit('524')], after: Buffer.from('["yesterday","1"]').toString('base64url') })).toBe('BAD_USER_INPUT');
    expect(await code(DOSSIERS, { reps: [unit('524')], period: { from: '2024-12-31', to: '2024-01-01' } })).toBe('BAD_USER_INPUT');
    expect(await code(INDICATORS, { reps: [unit('524')], period: { from: '2024-02-30', to: '2024-03-01' } })).toBe('BAD_USER_INPUT');
    expect(await code('{ dossier(id: "abc") { id } }')).toBe('BAD_USER_INPUT');
    expect(await code(DOSSIERS, { reps: [unit('524')], status: 'LOST' })).toBe('BAD_USER_INPUT');
    const literal = `{ _entities(representations: [{__typename: "AdministrativeUnit", code: "524", validFrom: "2000-01-01"}]) {
      ... on AdministrativeUnit { publicServices { dossiers(status: LOST) { nodes { id } } } } } }`;
    expect(await code(literal)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

});
