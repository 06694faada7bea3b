import type { Caller } from '../../lib/caller.js';
import { TEST_CALLERS } from '../kit/testing/test-credentials.js';
import { describe, expect, it } from 'vitest';
import { referenceData } from '../../reference/admin-units/reference-units.js';
import { UnitDirectory } from '../kit/units/unit-directory.js';
import { useTestSubgraph } from '../kit/testing/subgraph-fixture.js';
import { testDatabaseKinds } from '../kit/testing/test-database.js';
import { everyPage, scopedTo, unitRepresentation, type ConnectionAnswer } from '../kit/testing/unit-queries.js';
import { land } from './index.js';

const unitDirectory = new UnitDirectory(referenceData);

interface ParcelNode {
  id: string;
  unitCode: string;
  mapSheetNumber: number;
  parcelNumber: number;
  usePurpose: { code: string };
  disputed: boolean;
}

const OLD = '2000-01-01';
const NEW = '2025-07-01';
const PARCEL_FIELDS = 'id unitCode mapSheetNumber parcelNumber usePurpose { code } disputed';

describe.each(testDatabaseKinds)('land lists and lookups on %s', (kind) => {
  const fixture = useTestSubgraph(kind, land);
  const gql = fixture.gql;

  /** `land { <selection> }` of one unit version through `_entities`. */
  async function landOf<T>(code: string, validFrom: string, selection: string, variables: Record<string, unknown> = {}, headers?: Caller | Record<string, string>) {
    const declared = Object.keys(variables).map((name) => `$${name}: ${name === 'after' ? 'String' : name === 'first' ? 'Int' : 'Boolean'}`);
    const res = await gql<{ _entities: Array<{ land: T }> }>(
      `query($r: [_Any!]!${declared.map((d) => `, ${d}`).join('')}) { _entities(representations: $r) { ... on AdministrativeUnit { land { ${selection} } } } }`,
      { r: [unitRepresentation(code, validFrom)], ...variables },
      headers,
    );
    return res;
  }

  /** Walks a whole list page by page and returns every node. */
  async function walk<T>(code: string, validFrom: string, field: string, fields: string, size: number, headers?: Caller | Record<string, string>) {
    const { nodes } = await everyPage<T>(async (after) => {
      const res = await landOf<Record<string, ConnectionAnswer<T>>>(
        code,
        validFrom,
        `list: ${field.replace('$PAGE', 'first: $first, after: $after')} { nodes { ${fields} } pageInfo { hasNextPage endCursor } }`,
        { first: size, after },
        headers,
      );
      expect(res.errors).toBeUndefined();
      const list = res.data!._entities[0]!.land.list!;
      expect(list.nodes.length).toBeLessThanOrEqual(size);
      return list;
    }, 200);
    return nodes;
  }

  const count = async (query: PromiseLike<unknown>) => Number(((await query) as Array<{ n: string | number }>)[0]!.n);

  it('pages through every current parcel of a district once, in map order, without deleted ones', async () => {
    const parcels = await walk<ParcelNode>('531', OLD, 'parcels($PAGE)', PARCEL_FIELDS, 150);
    const codes = unitDirectory.coverageOf({ code: '531', validFrom: OLD }).codes as string[];
    const k = fixture.database.db.knex;
    const current = await count(k('DC_THUADAT').count('* as n').whereIn('MADVHC', codes).where('DAXOA', 0).whereNull('NGAYHETHIEULUC'));
    const deleted = (await k('DC_THUADAT').select('THUADATID').whereIn('MADVHC', codes).where('DAXOA', 1)) as Array<{ THUADATID: number }>;
    expect(parcels.length).toBe(current);
    expect(parcels.length).toBeGreaterThan(300);
    expect(new Set(parcels.map((p) => p.id)).size).toBe(parcels.length);
    expect(deleted.length).toBeGreaterThan(0);
    const ids = new Set(parcels.map((p) => Number(p.id)));
    expect(deleted.some((d) => ids.has(Number(d.THUADATID)))).toBe(false);
    const keys = parcels.map((p) => [p.unitCode, p.mapSheetNumber, p.parcelNumber, Number(p.id)] as const);
    const sorted = [...keys].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]);
    expect(keys).toEqual(sorted);
  });

  it('filters parcels by use purpose and by open dispute', async () => {
    const res = await landOf<{ rsx: ConnectionAnswer<ParcelNode>; disputed: ConnectionAnswer<ParcelNode>; calm: ConnectionAnswer<ParcelNode> }>(
      '529',
      OLD,
      `rsx: parcels(usePurpose: "rsx", first: 100) { nodes { ${PARCEL_FIELDS} areaSquareMeters } }
       disputed: parcels(disputed: true, first: 100) { nodes { ${PARCEL_FIELDS} disputes { status closedOn } } }
       calm: parcels(disputed: false, first: 100) { nodes { ${PARCEL_FIELDS} } }`,
    );
    expect(res.errors).toBeUndefined();
    const { rsx, disputed, calm } = res.data!._entities[0]!.land;
    expect(rsx.nodes.length).toBe(100);
    expect(rsx.nodes.every((p) => p.usePurpose.code === 'RSX')).toBe(true);
    expect(disputed.nodes.length).toBeGreaterThan(0);
    expect(disputed.nodes.every((p) => p.disputed)).toBe(true);
    expect(calm.nodes.every((p) => !p.disputed)).toBe(true);
  });

  it('lists as many disputed parcels as the indicator counts at the end of the data', async () => {
    const all = await walk<ParcelNode>('51', NEW, 'parcels(disputed: true, $PAGE)', 'id', 100);
    const res = await landOf<{ indicators: Array<{ code: string; value: number }> }>(
      '51',
      NEW,
      'indicators(period: { from: "2026-10-01", to: "2026-10-31" }) { code value }',
    );
    const indicator = res.data!._entities[0]!.land.indicators.find((i) => i.code === 'LA_DISPUTED_PARCELS')!;
    expect(all.length).toBeGreaterThan(50);
    expect(all.length).toBe(indicator.value);
  });

  it('lists the certificates of a period, newest first, matching the indicator', async () => {
    interface CertificateNode {
      serial: string;
      issuedOn: string;
      kind: string;
    }
    const all = await walk<CertificateNode>(
      '536',
      OLD,
      'certificates(period: { from: "2024-01-01", to: "2024-12-31" }, $PAGE)',
      'serial issuedOn kind',
      20,
    );
    const res = await landOf<{ indicators: Array<{ code: string; value: number }>; reissues: ConnectionAnswer<CertificateNode> }>(
      '536',
      OLD,
      `indicators(period: { from: "2024-01-01", to: "2024-12-31" }) { code value }
       reissues: certificates(kind: REISSUE_AFTER_CHANGE, first: 50) { nodes { serial issuedOn kind } }`,
    );
    const { indicators, reissues } = res.data!._entities[0]!.land;
    expect(all.length).toBe(indicators.find((i) => i.code === 'LA_CERT_ISSUED')!.value);
    expect(all.length).toBeGreaterThan(20);
    expect(all.every((c) => c.issuedOn >= '2024-01-01' && c.issuedOn <= '2024-12-31')).toBe(true);
    expect(new Set(all.map((c) => c.serial)).size).toBe(all.length);
    expect(all.map((c) => c.issuedOn)).toEqual([...all.map((c) => c.issuedOn)].sort().reverse());
    expect(all.every((c) => /^[A-Z]{2} \d{6}$/.test(c.serial))).toBe(true);
    expect(reissues.nodes.length).toBeGreaterThan(0);
    expect(reissues.nodes.every((c) => c.kind === 'REISSUE_AFTER_CHANGE')).toBe(true);
  });

  it('filters change registrations and disputes by status', async () => {
    const res = await landOf<{
      late: ConnectionAnswer<{ dueOn: string; finishedOn: string; status: string }>;
      open: ConnectionAnswer<{ finishedOn: string | null; status: string }>;
      disputes: ConnectionAnswer<{ status: string; closedOn: string | null; parcel: { disputed: boolean } | null }>;
    }>(
      '524',
      OLD,
      `late: changeRegistrations(status: LATE, period: { from: "2024-01-01", to: "2024-12-31" }, first: 50) { nodes { dueOn finishedOn status receivedOn kind { code name } } }
       open: changeRegistrations(status: IN_PROCESS, first: 50) { nodes { finishedOn status } }
       disputes: disputes(status: OPEN, first: 50) { nodes { status closedOn parcel { disputed } } }`,
    );
    expect(res.errors).toBeUndefined();
    const { late, open, disputes } = res.data!._entities[0]!.land;
    expect(late.nodes.length).toBeGreaterThan(10);
    expect(late.nodes.every((c) => c.status === 'LATE' && c.finishedOn > c.dueOn)).toBe(true);
    expect(open.nodes.every((c) => c.status === 'IN_PROCESS' && c.finishedOn === null)).toBe(true);
    expect(disputes.nodes.length).toBeGreaterThan(0);
    expect(disputes.nodes.every((d) => d.status === 'OPEN' && d.closedOn === null)).toBe(true);
    expect(disputes.nodes.filter((d) => d.parcel).every((d) => d.parcel!.disputed)).toBe(true);
  });

  it('looks records up by id and serial, holders included, and hides deleted ones', async () => {
    const k = fixture.database.db.knex;
    const live = (await k('DC_GIAYCHUNGNHAN').select('GIAYCHUNGNHANID as id', 'SOPHATHANH as serial', 'THUADATID as parcel').where('DAXOA', 0).orderBy('GIAYCHUNGNHANID').first()) as {
      id: number;
      serial: string;
      parcel: number;
    };
    const dead = (await k('DC_GIAYCHUNGNHAN').select('GIAYCHUNGNHANID as id', 'SOPHATHANH as serial').where('DAXOA', 1).orderBy('GIAYCHUNGNHANID').first()) as {
      id: number;
      serial: string;
    };
    const deadParcel = (await k('DC_THUADAT').select('THUADATID as id').where('DAXOA', 1).orderBy('THUADATID').first()) as { id: number };
    const res = await gql<{
      live: { serial: string; holder: { name: string; idNumber: string }; parcel: { id: string; certificates: Array<{ serial: string }> } };
      compact: { id: string } | null;
      dead: unknown;
      deadParcel: unknown;
      _entities: Array<{ serial?: string; id?: string } | null>;
    }>(
      `query($live: String!, $compact: String!, $dead: String!, $deadParcel: ID!, $r: [_Any!]!) {
        live: certificateBySerial(serial: $live) { serial holder { name idNumber } parcel { id certificates { serial } } }
        compact: certificateBySerial(serial: $compact) { id }
        dead: certificateBySerial(serial: $dead) { id }
        deadParcel: parcel(id: $deadParcel) { id }
        _entities(representations: $r) { ... on Certificate { serial } ... on Parcel { id } }
      }`,
      {
        live: live.serial,
        compact: live.serial.replace(' ', '').toLowerCase(),
        dead: dead.serial,
        deadParcel: String(deadParcel.id),
        r: [
          { __typename: 'Certificate', id: String(live.id) },
          { __typename: 'Certificate', id: String(dead.id) },
          { __typename: 'Parcel', id: String(live.parcel) },
          { __typename: 'Parcel', id: 'not-a-number' },
        ],
      },
      TEST_CALLERS.auditor,
    );
    expect(res.errors).toBeUndefined();
    const d = res.data!;
    expect(d.live.serial).toBe(live.serial);
    expect(d.live.holder.idNumber).toMatch(/^(051\d{9}|4300\d{6})$/);
    expect(d.live.holder.name.length).toBeGreaterThan(3);
    expect(d.live.parcel.id).toBe(String(live.parcel));
    expect(d.live.parcel.certificates.map((c) => c.serial)).toContain(live.serial);
    expect(d.compact).toEqual({ id: String(live.id) });
    expect(d.dead).toBeNull();
    expect(d.deadParcel).toBeNull();
    expect(d._entities).toEqual([{ serial: live.serial }, null, { id: String(live.parcel) }, null]);
  });

  it('keeps a caller scoped to Bình Sơn (524) inside 524', async () => {
    const header = scopedTo('524');
    const inside = unitDirectory.coverageOf({ code: '524', validFrom: OLD }).codes;
    const k = fixture.database.db.knex;
    const outside = (await k('DC_THUADAT').select('THUADATID as id').where('DAXOA', 0).where('MADVHC', '21010').first()) as { id: number };
    const own = (await k('DC_THUADAT').select('THUADATID as id').where('DAXOA', 0).whereIn('MADVHC', inside as string[]).first()) as { id: number };
    const province = await landOf<{ parcels: ConnectionAnswer<ParcelNode>; certificates: ConnectionAnswer<{ unitCode: string }> }>(
      '51',
      OLD,
      `parcels(first: 200) { nodes { ${PARCEL_FIELDS} } }
       certificates(first: 200) { nodes { unitCode } }`,
      {},
      header,
    );
    expect(province.errors).toBeUndefined();
    const { parcels, certificates } = province.data!._entities[0]!.land;
    expect(parcels.nodes.length).toBe(200);
    expect(parcels.nodes.every((p) => inside.includes(p.unitCode))).toBe(true);
    expect(certificates.nodes.every((c) => inside.includes(c.unitCode))).toBe(true);
    const city = await landOf<{ parcels: ConnectionAnswer<ParcelNode> | null }>('522', OLD, 'parcels(first: 5) { nodes { id } }', {}, header);
    expect(city.data!._entities[0]!.land.parcels).toBeNull();
    expect(city.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const lookups = await gql<{ outside: unknown; own: { id: string } | null }>(
      `query($outside: ID!, $own: ID!) { outside: parcel(id: $outside) { id } own: parcel(id: $own) { id } }`,
      { outside: String(outside.id), own: String(own.id) },
      header,
    );
    expect(lookups.data).toEqual({ outside: null, own: { id: String(own.id) } });
  });

  it('pages without overlap and continues exactly after the cursor', async () => {
    const first = await landOf<{ parcels: ConnectionAnswer<ParcelNode> }>('522', OLD, `parcels(first: 30) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } }`);
    const page = first.data!._entities[0]!.land.parcels;
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
    const fromMiddle = await landOf<{ parcels: ConnectionAnswer<ParcelNode> }>(
      '522',
      OLD,
      'parcels(first: 10, after: $after) { nodes { id } }',
      { after: page.edges[19]!.cursor },
    );
    expect(fromMiddle.data!._entities[0]!.land.parcels.nodes.map((n) => n.id)).toEqual(page.edges.slice(20, 30).map((e) => e.node.id));
  });

  it.each([
    ['a page too large', 'parcels(first: 501) { nodes { id } }'],
    ['a negative page size', 'certificates(first: -1) { nodes { id } }'],
    ['a forged cursor', 'parcels(after: "bm90LWEtY3Vyc29y") { nodes { id } }'],
    ['a cursor of another list', `parcels(after: "${Buffer.from(JSON.stringify(['2024-01-01', '1'])).toString('base64url')}") { nodes { id } }`],
    ['a malformed use purpose', 'parcels(usePurpose: "O1") { nodes { id } }'],
    ['a reversed period', 'certificates(period: { from: "2024-12-31", to: "2024-01-01" }) { nodes { id } }'],
  ])('rejects %s with BAD_USER_INPUT', async (_name, selection) => {
    const res = await landOf(`524`, OLD, selection);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|DC_|select /i);
  });

  it('rejects malformed ids, serials and enum values', async () => {
    const id = await gql('{ parcel(id: "12a") { id } }');
    expect(id.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const serial = await gql('{ certificateBySerial(serial: "123") { id } }');
    expect(serial.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const status = await landOf('524', OLD, 'disputes(status: CLOSED) { nodes { id } }');
    expect(status.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('serves the use purpose lookup', async () => {
    const res = await gql<{ landUsePurposes: Array<{ code: string; name: string; group: string }> }>('{ landUsePurposes { code name group } }');
    const codes = res.data!.landUsePurposes.map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['ONT', 'ODT', 'LUC', 'LUK', 'CLN', 'HNK', 'RSX', 'RPH', 'NTS', 'TMD', 'SKC', 'DGT']));
    expect(res.data!.landUsePurposes.find((p) => p.code === 'RPH')).toEqual({ code: 'RPH', name: 'Đất rừng phòng hộ', group: 'AGRICULTURAL' });
  });
});
