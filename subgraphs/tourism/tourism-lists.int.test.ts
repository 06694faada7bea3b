import type { Knex } from 'knex';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../lib/caller.js';
import { referenceData } from '../../reference/admin-units/reference-units.js';
import { buildFederatedSchema } from '../kit/graphql/build-schema.js';
import { useTestSubgraph } from '../kit/testing/subgraph-fixture.js';
import { localCaller, TEST_CALLERS } from '../kit/testing/test-credentials.js';
import { testDatabaseKinds } from '../kit/testing/test-database.js';
import { everyPage, unitRepresentation, type ConnectionAnswer } from '../kit/testing/unit-queries.js';
import { UnitDirectory } from '../kit/units/unit-directory.js';
import { tourism } from './index.js';

const directory = new UnitDirectory(referenceData);
const OLD = '2000-01-01';
const NEW = '2025-07-01';

interface EstablishmentNode {
  id: string;
  unitCode: string;
  name: string;
  type: string;
  stars: number;
  rooms: number;
  closedOn: string | null;
}
interface StatisticsNode {
  id: string;
  unitCode: string;
  year: number;
  month: number;
  revision: number;
  estimate: boolean;
  publishedOn: string;
  totalGuests: number;
  internationalGuests: number;
  domesticGuests: number;
}

const ESTABLISHMENT_FIELDS = 'id unitCode name type stars rooms closedOn';
const STATISTICS_FIELDS = 'id unitCode year month revision estimate publishedOn totalGuests internationalGuests domesticGuests';

describe.each(testDatabaseKinds)('tourism lists on %s', (kind) => {
  const fixture = useTestSubgraph(kind, tourism);
  let knex: Knex;
  beforeAll(() => {
    knex = fixture.database.db.knex;
  });

  /** `tourism { <selection> }` of one unit version through `_entities`. */
  async function tourismOf<T>(code: string, validFrom: string, selection: string, variables: Record<string, unknown> = {}, as?: Caller) {
    const declared = Object.keys(variables).map((name) => `, $${name}: ${name === 'after' ? 'String' : 'Int'}`);
    return fixture.gql<{ _entities: Array<{ tourism: T }> }>(
      `query($r: [_Any!]!${declared.join('')}) { _entities(representations: $r) { ... on AdministrativeUnit { tourism { ${selection} } } } }`,
      { r: [unitRepresentation(code, validFrom)], ...variables },
      as,
    );
  }

  /** Every node of a list, page by page. */
  async function walk<T>(code: string, validFrom: string, field: string, fields: string, size: number, as?: Caller) {
    const { nodes } = await everyPage<T>(async (after) => {
      const res = await tourismOf<{ list: ConnectionAnswer<T> }>(
        code,
        validFrom,
        `list: ${field.replace('$PAGE', 'first: $first, after: $after')} { nodes { ${fields} } pageInfo { hasNextPage endCursor } }`,
        { first: size, after },
        as,
      );
      expect(res.errors).toBeUndefined();
      return res.data!._entities[0]!.tourism.list;
    }, 200);
    return nodes;
  }

  it('pages through every operating establishment of a district once, largest first, without deleted or closed ones', async () => {
    const all = await walk<EstablishmentNode>('522', OLD, 'establishments($PAGE)', ESTABLISHMENT_FIELDS, 40);
    const codes = directory.coverageOf({ code: '522', validFrom: OLD }).codes as string[];
    const live = (await knex('DL_CSLT').select('CSLT_ID').whereIn('MA_XA', codes).where('DAXOA', 0).whereNull('NGAY_NGUNG_HD')) as Array<{ CSLT_ID: number }>;
    const hidden = (await knex('DL_CSLT').select('CSLT_ID').whereIn('MA_XA', codes).where((w) => w.where('DAXOA', 1).orWhereNotNull('NGAY_NGUNG_HD'))) as Array<{ CSLT_ID: number }>;
    expect(all.length).toBe(live.length);
    expect(all.length).toBeGreaterThan(100);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    expect(hidden.length).toBeGreaterThan(0);
    const ids = new Set(all.map((e) => Number(e.id)));
    expect(hidden.some((h) => ids.has(Number(h.CSLT_ID)))).toBe(false);
    const keys = all.map((e) => [e.stars, e.rooms, Number(e.id)] as const);
    expect(keys).toEqual([...keys].sort((a, b) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2]));
    expect(all.every((e) => e.closedOn === null && e.name.length > 5)).toBe(true);
  });

  it('filters establishments by kind and stars, and rejects an impossible star class', async () => {
    const res = await tourismOf<{ hotels: ConnectionAnswer<EstablishmentNode>; upmarket: ConnectionAnswer<EstablishmentNode>; homestays: ConnectionAnswer<EstablishmentNode> & { totalCount: number } }>(
      '51',
      OLD,
      `hotels: establishments(type: HOTEL, first: 50) { nodes { ${ESTABLISHMENT_FIELDS} } }
       upmarket: establishments(minStars: 4, first: 50) { nodes { ${ESTABLISHMENT_FIELDS} } }
       homestays: establishments(type: HOMESTAY, first: 5) { totalCount nodes { ${ESTABLISHMENT_FIELDS} } }`,
    );
    expect(res.errors).toBeUndefined();
    const { hotels, upmarket, homestays } = res.data!._entities[0]!.tourism;
    expect(hotels.nodes.length).toBe(50);
    expect(hotels.nodes.every((e) => e.type === 'HOTEL')).toBe(true);
    expect(upmarket.nodes.length).toBeGreaterThan(3);
    expect(upmarket.nodes.every((e) => e.stars >= 4)).toBe(true);
    expect(homestays.totalCount).toBeGreaterThan(50);
    expect(homestays.nodes.every((e) => e.type === 'HOMESTAY' && e.stars === 0 && e.rooms <= 8)).toBe(true);
    const bad = await tourismOf('51', OLD, 'establishments(minStars: 6) { nodes { id } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists attractions, ranked first, and filters them by ranking', async () => {
    const res = await tourismOf<{ all: ConnectionAnswer<{ name: string; ranking: string; type: string }>; national: ConnectionAnswer<{ ranking: string }> }>(
      '51',
      NEW,
      `all: attractions(first: 200) { nodes { name ranking type recognizedOn unitCode } }
       national: attractions(ranking: SPECIAL_NATIONAL, first: 50) { nodes { ranking } }`,
    );
    expect(res.errors).toBeUndefined();
    const { all, national } = res.data!._entities[0]!.tourism;
    const [{ n }] = (await knex('DL_DIEMDULICH').where('DAXOA', 0).count('* as n')) as [{ n: string }];
    expect(all.nodes.length).toBe(Number(n));
    const order = ['SPECIAL_NATIONAL', 'NATIONAL', 'PROVINCIAL', 'UNRANKED'];
    const ranks = all.nodes.map((a) => order.indexOf(a.ranking));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(all.nodes.map((a) => a.name)).toEqual(expect.arrayContaining(['Khu chứng tích Sơn Mỹ', 'Di tích Ngục Kon Tum', 'Bãi biển Sa Huỳnh']));
    expect(national.nodes.length).toBe(3);
    expect(national.nodes.every((a) => a.ranking === 'SPECIAL_NATIONAL')).toBe(true);
  });

  it('lists every publication of the monthly statistics with its revision, estimate flag and day; never a withdrawn one', async () => {
    const rows = await walk<StatisticsNode>('62', OLD, 'monthlyStatistics($PAGE)', STATISTICS_FIELDS, 25);
    const [{ n }] = (await knex('DL_TK_THANG').where('MA_TINH', '62').where('DAXOA', 0).count('* as n')) as [{ n: string }];
    expect(rows.length).toBe(Number(n));
    expect(rows.every((r) => r.unitCode === '62' && r.totalGuests === r.internationalGuests + r.domesticGuests)).toBe(true);
    expect(rows.every((r) => r.estimate === (r.revision === 1))).toBe(true);
    // Latest month first, its latest revision first.
    const keys = rows.map((r) => r.year * 10_000 + r.month * 10 + r.revision);
    expect(keys).toEqual([...keys].sort((a, b) => b - a));
    const march = rows.filter((r) => r.year === 2024 && r.month === 3);
    expect(march.map((r) => [r.revision, r.estimate])).toEqual([[2, false], [1, true]]);
    expect(march[0]!.publishedOn > march[1]!.publishedOn).toBe(true);
  });

  it('narrows the statistics list to whole months of a period, or to the newest revision of each month', async () => {
    const res = await tourismOf<{ period: ConnectionAnswer<StatisticsNode>; latest: ConnectionAnswer<StatisticsNode> & { totalCount: number } }>(
      '51',
      NEW,
      `period: monthlyStatistics(period: { from: "2026-01-15", to: "2026-03-31" }, first: 50) { nodes { ${STATISTICS_FIELDS} } }
       latest: monthlyStatistics(latestOnly: true, first: 3) { totalCount nodes { ${STATISTICS_FIELDS} } }`,
    );
    expect(res.errors).toBeUndefined();
    const { period, latest } = res.data!._entities[0]!.tourism;
    // January is not wholly inside the period.
    expect([...new Set(period.nodes.map((r) => r.month))]).toEqual([3, 2]);
    expect(latest.nodes.map((r) => [r.year, r.month, r.estimate])).toEqual([
      [2026, 10, true],
      [2026, 9, false],
      [2026, 8, false],
    ]);
    // The new province's view covers old 51 and old 62 rows too: 46 months of 51, 30 of 62.
    expect(latest.totalCount).toBe(46 + 30);
  });

  it("keeps a local caller (524) inside its area: its establishments only, no province statistics, other districts FORBIDDEN", async () => {
    const caller = localCaller('524');
    const inside = new Set(directory.coverageOf({ code: '524', validFrom: OLD }).codes);
    const res = await tourismOf<{ establishments: ConnectionAnswer<EstablishmentNode>; monthlyStatistics: ConnectionAnswer<StatisticsNode>; attractions: ConnectionAnswer<{ unitCode: string }> }>(
      '51',
      OLD,
      `establishments(first: 200) { nodes { ${ESTABLISHMENT_FIELDS} } } monthlyStatistics(first: 10) { nodes { id } } attractions(first: 50) { nodes { unitCode } }`,
      {},
      caller,
    );
    expect(res.errors).toBeUndefined();
    const { establishments, monthlyStatistics, attractions } = res.data!._entities[0]!.tourism;
    expect(establishments.nodes.length).toBeGreaterThan(20);
    expect(establishments.nodes.every((e) => inside.has(e.unitCode))).toBe(true);
    expect(attractions.nodes.every((a) => inside.has(a.unitCode))).toBe(true);
    expect(monthlyStatistics.nodes).toEqual([]);
    const outside = await tourismOf<{ establishments: unknown }>('522', OLD, 'establishments(first: 5) { nodes { id } }', {}, caller);
    expect(outside.data!._entities[0]!.tourism.establishments).toBeNull();
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ownId = establishments.nodes[0]!.id;
    const other = (await knex('DL_CSLT').select('CSLT_ID').where('DAXOA', 0).where('MA_XA', '21010').first()) as { CSLT_ID: number };
    const lookups = await fixture.gql<{ own: { id: string } | null; other: unknown }>(
      'query($own: ID!, $other: ID!) { own: accommodationEstablishment(id: $own) { id } other: accommodationEstablishment(id: $other) { id } }',
      { own: ownId, other: String(other.CSLT_ID) },
      caller,
    );
    expect(lookups.data).toEqual({ own: { id: ownId }, other: null });
  });

  it('looks records up by id and reference, and hides deleted ones', async () => {
    const first = async (table: string, id: string, deleted: number) => String(((await knex(table).select(`${id} as id`).where('DAXOA', deleted).orderBy(id).first()) as { id: number }).id);
    const [liveHotel, deadHotel, liveSite, deadSite, liveRow, deadRow] = [
      await first('DL_CSLT', 'CSLT_ID', 0),
      await first('DL_CSLT', 'CSLT_ID', 1),
      await first('DL_DIEMDULICH', 'DIEM_ID', 0),
      await first('DL_DIEMDULICH', 'DIEM_ID', 1),
      await first('DL_TK_THANG', 'TK_ID', 0),
      await first('DL_TK_THANG', 'TK_ID', 1),
    ];
    const res = await fixture.gql<{ hotel: { id: string; unit: { code: string } } | null; deadHotel: unknown; site: { id: string } | null; deadSite: unknown; _entities: unknown[] }>(
      `query($h: ID!, $dh: ID!, $s: ID!, $ds: ID!, $r: [_Any!]!) {
        hotel: accommodationEstablishment(id: $h) { id unit { code } }
        deadHotel: accommodationEstablishment(id: $dh) { id }
        site: touristAttraction(id: $s) { id }
        deadSite: touristAttraction(id: $ds) { id }
        _entities(representations: $r) { ... on MonthlyTourismStatistics { id revision } ... on AccommodationEstablishment { id } ... on TouristAttraction { id } }
      }`,
      {
        h: liveHotel,
        dh: deadHotel,
        s: liveSite,
        ds: deadSite,
        r: [
          { __typename: 'MonthlyTourismStatistics', id: liveRow },
          { __typename: 'MonthlyTourismStatistics', id: deadRow },
          { __typename: 'AccommodationEstablishment', id: liveHotel },
          { __typename: 'TouristAttraction', id: 'x' },
        ],
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.hotel!.id).toBe(liveHotel);
    expect(res.data!.hotel!.unit.code).toMatch(/^\d{3,5}$/);
    expect([res.data!.deadHotel, res.data!.deadSite]).toEqual([null, null]);
    expect(res.data!.site).toEqual({ id: liveSite });
    expect(res.data!._entities).toEqual([{ id: liveRow, revision: 1 }, null, { id: liveHotel }, null]);
    const bad = await fixture.gql('{ accommodationEstablishment(id: "12a") { id } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('holds no personal data: no field is guarded, and a caller without pii:read reads every record field', async () => {
    const { sdl } = await buildFederatedSchema(tourism);
    expect(sdl).not.toMatch(/@personalData\(level: "|@requiresScopes\(scopes/);
    const res = await tourismOf<{ establishments: ConnectionAnswer<unknown> }>(
      '536',
      OLD,
      'establishments(first: 5) { nodes { id name type stars rooms beds licensedOn closedOn unitCode unit { code } } }',
      {},
      TEST_CALLERS.province,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities[0]!.tourism.establishments.nodes.length).toBe(5);
  });

  it.each([
    ['a page too large', 'establishments(first: 501) { nodes { id } }'],
    ['a forged cursor', 'attractions(after: "bm90LWEtY3Vyc29y") { nodes { id } }'],
    ['a cursor of another list', `monthlyStatistics(after: "${Buffer.from(JSON.stringify(['3', '10', '1'])).toString('base64url')}") { nodes { id } }`],
    ['a reversed period', 'monthlyStatistics(period: { from: "2024-12-31", to: "2024-01-01" }) { nodes { id } }'],
  ])('rejects %s with BAD_USER_INPUT', async (_name, selection) => {
    const res = await tourismOf('51', OLD, selection);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|DL_|select /i);
  });
});
