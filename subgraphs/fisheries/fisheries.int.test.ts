import type { Knex } from 'knex';
import type { Caller } from '../../lib/caller.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { fisheries } from './index.js';
import { referenceData } from '../../reference/admin-units/reference-units.js';
import { UnitDirectory } from '../kit/units/unit-directory.js';
import { useTestSubgraph } from '../kit/testing/subgraph-fixture.js';
import { testDatabaseKinds } from '../kit/testing/test-database.js';
import { everyPage, scopedTo, unitRepresentation, type ConnectionAnswer, type IndicatorAnswer } from '../kit/testing/unit-queries.js';
import { TEST_CALLERS } from '../kit/testing/test-credentials.js';

const unitDirectory = new UnitDirectory(referenceData);

interface VesselNode {
  registrationNumber: string;
  lengthClass: string;
  vmsDevice: { serialNumber: string } | null;
}
interface TimedNode {
  id: string;
  at?: string;
  occurredAt?: string;
  type?: string;
  kind?: string;
}
interface UnitAnswer {
  code: string;
  fisheries: {
    indicators?: IndicatorAnswer[];
    vessels?: ConnectionAnswer<VesselNode>;
    violations?: ConnectionAnswer<TimedNode>;
    portCalls?: ConnectionAnswer<TimedNode>;
  };
}

const OLD_PROVINCE = { code: '51', validFrom: '2000-01-01' };
const NEW_PROVINCE = { code: '51', validFrom: '2025-07-01' };
const YEAR_2024 = { from: '2024-01-01', to: '2024-12-31' };
const OLD_CODES = new Set(unitDirectory.coverageOf(OLD_PROVINCE).codes);
const unitRef = (key: { code: string; validFrom: string }) => unitRepresentation(key.code, key.validFrom);
const district = (code: string) => unitRepresentation(code);

const ENTITIES = `query($reps: [_Any!]!, $period: PeriodInput!) {
  _entities(representations: $reps) { ... on AdministrativeUnit { code fisheries {
    indicators(period: $period) { code value numerator denominator status }
  } } }
}`;

/** Half-open instant range of a period of days in Vietnam (UTC+7). */
const instants = (p: { from: string; to: string }) => ({
  from: new Date(`${p.from}T00:00:00+07:00`),
  to: new Date(Date.parse(`${p.to}T00:00:00+07:00`) + 86_400_000),
});

describe.each(testDatabaseKinds)('fisheries subgraph on %s', (kind) => {
  const fixture = useTestSubgraph(kind, fisheries);
  const gql = fixture.gql;
  let knex: Knex;
  beforeAll(() => {
    knex = fixture.database.db.knex;
  });

  const indicatorsOf = async (keys: Array<{ code: string; validFrom: string }>, period: { from: string; to: string }, headers?: Caller | Record<string, string>) => {
    const res = await gql<{ _entities: UnitAnswer[] }>(ENTITIES, { reps: keys.map(unitRef), period }, headers);
    expect(res.errors).toBeUndefined();
    return res.data!._entities.map((u) => new Map(u.fisheries.indicators!.map((i) => [i.code, i])));
  };

  /** Every page of a unit's list, following `endCursor`. */
  function allPages<T>(field: 'vessels' | 'violations' | 'portCalls', unitCode: string, args: string, selection: string, variables: Record<string, unknown> = {}) {
    return everyPage<T>(async (after) => {
      const res = await gql<{ _entities: UnitAnswer[] }>(
        `query($reps: [_Any!]!, $after: String${args.includes('$period') ? ', $period: PeriodInput' : ''}) { _entities(representations: $reps) { ... on AdministrativeUnit {
          fisheries { ${field}(${args}, after: $after) { edges { cursor } nodes { ${selection} } pageInfo { hasNextPage endCursor } } } } } }`,
        { reps: [district(unitCode)], after, ...variables },
      );
      expect(res.errors).toBeUndefined();
      const page = res.data!._entities[0]!.fisheries[field] as unknown as ConnectionAnswer<T>;
      expect(page.edges.at(-1)?.cursor ?? null).toBe(page.pageInfo.endCursor);
      return page;
    });
  }

  interface VesselRecord {
    MAHUYEN: string | null;
    MAXA: string | null;
    NGAYDANGKY: string;
    NGAYXOADANGKY: string | Date | null;
    NHOMCHIEUDAI: string;
  }
  const countOf = async (query: Knex.QueryBuilder): Promise<number> => Number((await query.count({ n: '*' }))[0]?.n ?? 0);
  const liveVessels = (): Promise<VesselRecord[]> =>
    knex('TAUCA').where('DAXOA', 0).select('MAHUYEN', 'MAXA', 'NGAYDANGKY', 'NGAYXOADANGKY', 'NHOMCHIEUDAI');
  const recordedCode = (r: VesselRecord) => (r.MAXA ?? r.MAHUYEN)!;
  const activeOn = (r: VesselRecord, day: string) => {
    const [d, m, y] = r.NGAYDANGKY.split('/');
    const struckOff = r.NGAYXOADANGKY === null ? null : new Date(r.NGAYXOADANGKY).toISOString().slice(0, 10);
    return `${y}-${m}-${d}` <= day && (struckOff === null || struckOff > day);
  };

  /** Live vessels with the registration record in force on `day` (its codes), from the registration log. */
  const registrationsOn = async (day: string): Promise<Array<VesselRecord & { NGAYCAPLAI: unknown }>> => {
    const rows = await knex('TAUCA_DANGKY as g')
      .join('TAUCA as v', 'v.ID_TAU', 'g.ID_TAU')
      .where('v.DAXOA', 0)
      .where('g.DAXOA', 0)
      .select('g.MAHUYEN', 'g.MAXA', 'g.TUNGAY', 'g.DENNGAY', 'v.NGAYDANGKY', 'v.NGAYXOADANGKY', 'v.NGAYCAPLAI', 'v.NHOMCHIEUDAI');
    const iso = (d: unknown) => (d === null ? null : typeof d === 'string' ? d.slice(0, 10) : (d as Date).toISOString().slice(0, 10));
    return rows.filter((r) => iso(r.TUNGAY)! <= day && (r.DENNGAY === null || iso(r.DENNGAY)! > day));
  };

  describe('indicators', () => {
    it('counts a past fleet by the registration valid then: vessels re-registered after the reform stay in their 2024 commune', async () => {
      // Lý Sơn district's vessels re-registered under Đặc khu Lý Sơn after the reform.
      const reRegistered = (await liveVessels()).filter((r) => r.MAHUYEN === null && r.MAXA === '21548');
      const lySon2024 = (await registrationsOn('2024-12-31')).filter((r) => r.MAHUYEN === '536');
      const [lySon] = await indicatorsOf([{ code: '536', validFrom: '2000-01-01' }], YEAR_2024);
      expect(lySon!.get('FI_VESSELS')).toMatchObject({ value: lySon2024.length, status: 'FINAL' });
      expect(lySon2024.filter((r) => r.NGAYCAPLAI !== null).length).toBeGreaterThan(5);
      expect(reRegistered.length).toBeGreaterThan(5);
      // By the current record alone they would be nowhere at the end of 2024.
      const byCurrentRecord = (await liveVessels()).filter((r) => activeOn(r, '2024-12-31') && r.MAHUYEN === '536').length;
      expect(byCurrentRecord).toBeLessThan(lySon2024.length);
    });


    it('counts what the registry holds: vessels, classes, VMS, violations (soft-deleted rows excluded)', async () => {
      const [province] = await indicatorsOf([OLD_PROVINCE], YEAR_2024);
      const v = (code: string) => province!.get(code)!;
      // Independent count: live vessels whose registration record in force at the end of 2024 was
      // written under a code of old Quảng Ngãi (a vessel re-registered since keeps its 2024 record).
      const registered = (await registrationsOn('2024-12-31')).filter((r) => OLD_CODES.has(recordedCode(r)));
      expect(registered.some((r) => r.NGAYCAPLAI !== null)).toBe(true);
      expect(v('FI_VESSELS').value).toBe(registered.length);
      expect(v('FI_VESSELS').value).toBeGreaterThan(1500);
      const byClass = (c: string) => registered.filter((r) => r.NHOMCHIEUDAI === c).length;
      expect(v('FI_VESSELS_UNDER_12M').value).toBe(byClass('01'));
      expect(v('FI_VESSELS_24M_PLUS').value).toBe(byClass('04'));
      expect(
        v('FI_VESSELS_UNDER_12M').value! + v('FI_VESSELS_12_15M').value! + v('FI_VESSELS_15_24M').value! + v('FI_VESSELS_24M_PLUS').value!,
      ).toBe(v('FI_VESSELS').value);
      expect(v('FI_VESSELS_15M_PLUS').value).toBe(v('FI_VESSELS_15_24M').value! + v('FI_VESSELS_24M_PLUS').value!);
      expect(v('FI_VMS_RATE').denominator).toBe(v('FI_VESSELS_15M_PLUS').value);
      expect(v('FI_VMS_RATE').value).toBeGreaterThan(85);
      expect(v('FI_VMS_RATE').value).toBeLessThan(100);
      expect(v('FI_AT_SEA').value! + v('FI_IN_PORT').value!).toBe(v('FI_VESSELS_15M_PLUS').value);
      expect(v('FI_AT_SEA').value).toBeGreaterThan(0);
      expect(v('FI_AT_SEA_OVER_10D').value).toBeLessThanOrEqual(v('FI_AT_SEA').value!);

      const range = instants(YEAR_2024);
      const inYear = (table: string) => knex(table).where('THOIGIAN', '>=', range.from).where('THOIGIAN', '<', range.to);
      const live = await countOf(inYear('VIPHAM').where('DAXOA', 0));
      // The table also holds old Kon Tum's reservoir boats (licence and marking offences).
      const [konTum] = await indicatorsOf([{ code: '62', validFrom: '2000-01-01' }], YEAR_2024);
      expect(konTum!.get('FI_VESSELS')!.value).toBeGreaterThan(20);
      expect(v('FI_VIOLATIONS').value! + konTum!.get('FI_VIOLATIONS')!.value!).toBe(live);
      expect(await countOf(inYear('VIPHAM'))).toBeGreaterThan(live); // some records were annulled, and are not counted
      expect(v('FI_VIOLATIONS').value).toBeGreaterThan(150);
      expect(v('FI_VIOLATIONS').value).toBeLessThan(400);
      expect(v('FI_PORT_CHECKS').value).toBe(await countOf(inYear('RAVAO_CANG').where('DAXOA', 0)));
      expect(v('FI_BOUNDARY_CROSSINGS').value).toBeGreaterThan(0);
      expect(v('FI_BOUNDARY_CROSSINGS').value).toBeLessThan(v('FI_VIOLATIONS').value!);
    });

    it('puts the fleet on the coast: Lý Sơn and Bình Sơn have hundreds of vessels, the mountain districts none', async () => {
      const [lySon, binhSon, sonTay, baTo] = await indicatorsOf(['536', '524', '530', '535'].map((code) => ({ code, validFrom: '2000-01-01' })), YEAR_2024);
      expect(lySon!.get('FI_VESSELS')!.value).toBeGreaterThan(200);
      expect(binhSon!.get('FI_VESSELS')!.value).toBeGreaterThan(300);
      expect(sonTay!.get('FI_VESSELS')!.value).toBe(0);
      expect(baTo!.get('FI_VESSELS')!.value).toBe(0);
      expect(sonTay!.get('FI_VMS_RATE')!.value).toBeNull(); // 0 / 0
    });

    it('computes the at-sea, > 10 days and signal-lost status at the period end the same way as a plain reading of the records', async () => {
      const [province] = await indicatorsOf([NEW_PROVINCE], { from: '2026-10-01', to: '2026-10-31' });
      const end = new Date('2026-11-01T00:00:00+07:00');
      const day = '2026-10-31';
      const vessels = (await knex('TAUCA').where('DAXOA', 0).whereIn('NHOMCHIEUDAI', ['03', '04']).select('ID_TAU', 'NGAYDANGKY', 'NGAYXOADANGKY')).filter((r) => {
        const [d, m, y] = String(r.NGAYDANGKY).split('/');
        return `${y}-${m}-${d}` <= day && (r.NGAYXOADANGKY === null || new Date(r.NGAYXOADANGKY).toISOString().slice(0, 10) > day);
      });
      const calls = await knex('RAVAO_CANG').where('DAXOA', 0).where('THOIGIAN', '<', end).select('ID', 'ID_TAU', 'LOAI', 'THOIGIAN');
      const lastCall = new Map<number, { LOAI: string; at: number; ID: number }>();
      for (const c of calls) {
        const at = new Date(c.THOIGIAN).getTime();
        const prev = lastCall.get(c.ID_TAU);
        if (!prev || at > prev.at || (at === prev.at && c.ID > prev.ID)) lastCall.set(c.ID_TAU, { LOAI: c.LOAI, at, ID: c.ID });
      }
      const devices = await knex('THIETBI_VMS').where('DAXOA', 0).select('ID_TAU', 'NGAYLAP', 'NGAYGO');
      const iso = (d: unknown) => (d === null ? null : typeof d === 'string' ? d.slice(0, 10) : (d as Date).toISOString().slice(0, 10));
      const fitted = new Set(devices.filter((d) => iso(d.NGAYLAP)! <= day && (d.NGAYGO === null || iso(d.NGAYGO)! > day)).map((d) => d.ID_TAU));
      const reports: Array<{ ID_TAU: number; last: Date }> = await knex('BANTIN_VITRI').where('THOIGIAN', '<', end).groupBy('ID_TAU').select('ID_TAU').max({ last: 'THOIGIAN' });
      const silences: Array<{ ID_TAU: number; BATDAU: Date; KETTHUC: Date | null }> = await knex('MATKETNOI_VMS').where('DAXOA', 0).select('ID_TAU', 'BATDAU', 'KETTHUC');
      const lastReport = new Map(reports.map((r) => [r.ID_TAU, new Date(r.last).getTime()]));
      let atSea = 0;
      let longTrips = 0;
      let lost = 0;
      let lostInLog = 0;
      let lostThisWeek = 0;
      for (const v of vessels) {
        const call = lastCall.get(v.ID_TAU);
        if (call?.LOAI !== 'XB') continue;
        atSea++;
        if (call.at < end.getTime() - 10 * 86_400_000) longTrips++;
        const last = lastReport.get(v.ID_TAU);
        if (fitted.has(v.ID_TAU) && last !== undefined && last >= call.at && last < end.getTime() - 6 * 3_600_000) lost++;
        const silent = silences.some(
          (s) => s.ID_TAU === v.ID_TAU && new Date(s.BATDAU).getTime() >= call.at && new Date(s.BATDAU).getTime() <= end.getTime() - 6 * 3_600_000 && (s.KETTHUC === null || new Date(s.KETTHUC).getTime() > end.getTime()),
        );
        if (fitted.has(v.ID_TAU) && silent) lostInLog++;
        // The positions of the last week show the silences that began within it.
        const recent = silences.some(
          (s) =>
            s.ID_TAU === v.ID_TAU &&
            new Date(s.BATDAU).getTime() >= Math.max(call.at, end.getTime() - 7 * 86_400_000) &&
            new Date(s.BATDAU).getTime() <= end.getTime() - 6 * 3_600_000 &&
            (s.KETTHUC === null || new Date(s.KETTHUC).getTime() > end.getTime()),
        );
        if (fitted.has(v.ID_TAU) && recent) lostThisWeek++;
      }
      expect(province!.get('FI_AT_SEA')!.value).toBe(atSea);
      expect(province!.get('FI_AT_SEA_OVER_10D')!.value).toBe(longTrips);
      // From the VMS centre's signal-loss log, kept for good: it agrees with the position reports
      // of the last week (the test seed ends 2026-10-31), and also holds the vessels silent for
      // longer than the week the positions are kept.
      expect(lostThisWeek).toBe(lost);
      expect(lostInLog).toBeGreaterThanOrEqual(lost);
      expect(province!.get('FI_SIGNAL_LOST_6H')).toMatchObject({ value: lostInLog, status: 'FINAL' });
      expect(atSea).toBeGreaterThan(200);
      // Most trips are a week or so on the nearer grounds; a minority stay out for weeks.
      expect(longTrips / atSea).toBeGreaterThan(0.1);
      expect(longTrips / atSea).toBeLessThan(0.4);
      expect(lost).toBeGreaterThan(0);
      expect(lostInLog).toBeLessThan(atSea / 5);
      expect(province!.get('FI_VESSELS')!.status).toBe('FINAL');
    });

    it('counts re-registered and new vessels under the new communes after the reform', async () => {
      const [newProvince, oldProvince] = await indicatorsOf([NEW_PROVINCE, OLD_PROVINCE], { from: '2026-10-01', to: '2026-10-31' });
      const active = (await liveVessels()).filter((r) => activeOn(r, '2026-10-31'));
      const underNewCodes = active.filter((r) => r.MAHUYEN === null);
      expect(underNewCodes.length).toBeGreaterThan(50);
      // The new province covers every code, old and new. Old Quảng Ngãi merged with Kon Tum into
      // it: after the reform there is no honest figure for the old province alone, not the sum of
      // the codes it once had (some new communes reuse them).
      expect(newProvince!.get('FI_VESSELS')!.value).toBe(active.length);
      expect(oldProvince!.get('FI_VESSELS')).toMatchObject({ value: null, status: 'NOT_COMPARABLE' });
    });
  });

  describe('lists', () => {
    it('pages through the vessels of a district in registration-number order, without overlap, all of them', async () => {
      const { nodes, pages } = await allPages<VesselNode>('vessels', '524', 'first: 100', 'registrationNumber lengthClass');
      expect(pages).toBeGreaterThan(2);
      const numbers = nodes.map((n) => n.registrationNumber);
      expect(new Set(numbers).size).toBe(numbers.length);
      expect([...numbers].sort()).toEqual(numbers);
      expect(numbers.every((n) => /^QNg-9\d{4}-TS$/.test(n))).toBe(true);
      const codes = unitDirectory.coverageOf({ code: '524', validFrom: '2000-01-01' }).codes;
      const registered = await countOf(
        knex('TAUCA')
          .where('DAXOA', 0)
          .whereNull('NGAYXOADANGKY')
          .where((w) => w.whereIn('MAXA', codes).orWhere((o) => o.whereNull('MAXA').whereIn('MAHUYEN', codes))),
      );
      expect(numbers).toHaveLength(registered);
    });

    it('counts the whole list in totalCount, whatever the page, for several units in one statement', async () => {
      const registeredIn = (code: string) => {
        const codes = unitDirectory.coverageOf({ code, validFrom: '2000-01-01' }).codes;
        return countOf(
          knex('TAUCA')
            .where('DAXOA', 0)
            .whereNull('NGAYXOADANGKY')
            .where((w) => w.whereIn('MAXA', codes).orWhere((o) => o.whereNull('MAXA').whereIn('MAHUYEN', codes))),
        );
      };
      const statements = fixture.database.statements.length;
      const res = await gql<{ _entities: Array<{ fisheries: { first: { totalCount: number; nodes: unknown[] }; next: { totalCount: number } } }> }>(
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on AdministrativeUnit { fisheries {
          first: vessels(first: 2) { totalCount nodes { registrationNumber } }
          next: vessels(first: 7) { totalCount }
        } } } }`,
        { reps: [district('524'), district('536')] },
      );
      expect(res.errors).toBeUndefined();
      // Two page statements (first: 2 and first: 7) and one count for both units and both fields.
      expect(fixture.database.statements.slice(statements).filter((sql) => /count\(\*\)/i.test(sql))).toHaveLength(1);
      const counts = res.data!._entities.map((u) => u.fisheries.first.totalCount);
      expect(counts).toEqual([await registeredIn('524'), await registeredIn('536')]);
      expect(res.data!._entities.map((u) => u.fisheries.next.totalCount)).toEqual(counts);
      expect(counts.every((n) => n > 7)).toBe(true);
    });

    it('filters vessels by length class and by VMS', async () => {
      const res = await gql<{ _entities: UnitAnswer[] }>(
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on AdministrativeUnit { fisheries {
          big: vessels(lengthClass: FROM_24M, first: 500) { nodes { lengthClass } }
          fitted: vessels(hasVms: true, first: 500) { nodes { lengthClass vmsDevice { serialNumber } } }
          unfitted: vessels(hasVms: false, lengthClass: FROM_15_TO_24M, first: 500) { nodes { lengthClass vmsDevice { serialNumber } } }
        } } } }`,
        { reps: [district('536')] },
      );
      expect(res.errors).toBeUndefined();
      const f = res.data!._entities[0]!.fisheries as unknown as Record<string, ConnectionAnswer<VesselNode>>;
      expect(f.big!.nodes.length).toBeGreaterThan(10);
      expect(f.big!.nodes.every((n) => n.lengthClass === 'FROM_24M')).toBe(true);
      expect(f.fitted!.nodes.length).toBeGreaterThan(50);
      expect(f.fitted!.nodes.every((n) => n.vmsDevice !== null && ['FROM_15_TO_24M', 'FROM_24M'].includes(n.lengthClass))).toBe(true);
      expect(f.unfitted!.nodes.length).toBeGreaterThan(0);
      expect(f.unfitted!.nodes.every((n) => n.vmsDevice === null)).toBe(true);
    });

    it('lists exactly the violations the indicator counts, newest first, across pages and by type', async () => {
      const [binhSon] = await indicatorsOf([{ code: '524', validFrom: '2000-01-01' }], YEAR_2024);
      const { nodes, pages } = await allPages<TimedNode>('violations', '524', 'period: $period, first: 15', 'id occurredAt type', { period: YEAR_2024 });
      expect(pages).toBeGreaterThan(1);
      expect(nodes).toHaveLength(binhSon!.get('FI_VIOLATIONS')!.value!);
      expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
      const times = nodes.map((n) => n.occurredAt!);
      expect([...times].sort().reverse()).toEqual(times);
      expect(times.every((t) => t >= '2023-12-31T17:00:00.000Z' && t < '2024-12-31T17:00:00.000Z')).toBe(true);
      const crossings = await allPages<TimedNode>('violations', '524', 'period: $period, type: BOUNDARY_CROSSING, first: 50', 'id type', { period: YEAR_2024 });
      expect(crossings.nodes).toHaveLength(binhSon!.get('FI_BOUNDARY_CROSSINGS')!.value!);
      expect(crossings.nodes.every((n) => n.type === 'BOUNDARY_CROSSING')).toBe(true);
    });

    it('lists exactly the port checks the indicator counts for a month', async () => {
      const march = { from: '2024-03-01', to: '2024-03-31' };
      const [lySon] = await indicatorsOf([{ code: '536', validFrom: '2000-01-01' }], march);
      const { nodes } = await allPages<TimedNode>('portCalls', '536', 'period: $period, first: 100', 'id at kind', { period: march });
      expect(nodes.length).toBeGreaterThan(50);
      expect(nodes).toHaveLength(lySon!.get('FI_PORT_CHECKS')!.value!);
      const departures = await allPages<TimedNode>('portCalls', '536', 'period: $period, kind: DEPARTURE, first: 100', 'kind', { period: march });
      expect(departures.nodes.length).toBeGreaterThan(0);
      expect(departures.nodes.length).toBeLessThan(nodes.length);
      expect(departures.nodes.every((n) => n.kind === 'DEPARTURE')).toBe(true);
    });

  });

  describe('vessel', () => {
    it('answers a vessel with its owner, port, VMS device, last position and newest violations, through loaders', async () => {
      const [row] = await knex('TAUCA as t')
        .join('VIPHAM as x', 'x.ID_TAU', 't.ID_TAU')
        .join('THIETBI_VMS as d', 'd.ID_TAU', 't.ID_TAU')
        .join('BANTIN_VITRI as b', 'b.ID_TAU', 't.ID_TAU')
        .where('t.DAXOA', 0)
        .where('x.DAXOA', 0)
        .where('d.DAXOA', 0)
        .whereNull('d.NGAYGO')
        .groupBy('t.ID_TAU', 't.SODANGKY', 't.CHUTAU')
        .havingRaw('count(distinct ??) >= 2', ['x.ID_VIPHAM'])
        .select('t.ID_TAU', 't.SODANGKY', 't.CHUTAU')
        .orderBy('t.ID_TAU')
        .limit(1);
      expect(row).toBeDefined();
      const [last] = await knex('BANTIN_VITRI').where('ID_TAU', row.ID_TAU).orderBy('THOIGIAN', 'desc').limit(1).select('THOIGIAN');
      const res = await gql<{ vessel: Record<string, unknown> & { violations: Array<{ occurredAt: string }> } }>(
        `query($n: String!) { vessel(registrationNumber: $n) {
          registrationNumber lengthClass registeredOn owner { name idNumber phone } homePort { code name }
          vmsDevice { serialNumber provider vessel { registrationNumber } } lastPosition { at latitude longitude }
          lastPortCall { kind at port { name } } violations(first: 2) { occurredAt type vessel { registrationNumber } }
        } }`,
        { n: row.SODANGKY },
        TEST_CALLERS.auditor,
      );
      expect(res.errors).toBeUndefined();
      const v = res.data!.vessel;
      expect(v.registrationNumber).toBe(row.SODANGKY);
      expect((v.owner as { name: string }).name).toBe(row.CHUTAU);
      expect((v.owner as { idNumber: string }).idNumber).toMatch(/^051\d{9}$/);
      expect((v.vmsDevice as { vessel: { registrationNumber: string } }).vessel.registrationNumber).toBe(row.SODANGKY);
      expect((v.lastPosition as { at: string }).at).toBe(new Date(last.THOIGIAN).toISOString());
      expect(v.violations).toHaveLength(2);
      expect(v.violations[0]!.occurredAt >= v.violations[1]!.occurredAt).toBe(true);
    });

    it('resolves entity references by key', async () => {
      const [violation] = await knex('VIPHAM').where('DAXOA', 0).orderBy('ID_VIPHAM').limit(1).select('ID_VIPHAM', 'MALOAI');
      const [vessel] = await knex('TAUCA').where('DAXOA', 0).orderBy('ID_TAU').limit(1).select('SODANGKY');
      const res = await gql<{ _entities: Array<Record<string, unknown> | null> }>(
        `query($reps: [_Any!]!) { _entities(representations: $reps) {
          ... on Vessel { registrationNumber } ... on Violation { id type } ... on FishingPort { name }
        } }`,
        {
          reps: [
            { __typename: 'Vessel', registrationNumber: vessel.SODANGKY },
            { __typename: 'Violation', id: String(violation.ID_VIPHAM) },
            { __typename: 'FishingPort', code: '04' },
            { __typename: 'Violation', id: 'not-a-number' },
          ],
        },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!._entities).toEqual([
        { registrationNumber: vessel.SODANGKY },
        { id: String(violation.ID_VIPHAM), type: expect.any(String) },
        { name: 'Cảng cá Lý Sơn' },
        null,
      ]);
    });
  });

  describe('area scope', () => {
    it('shows a district IOC the records of its own district only, and every unit’s shared indicators', async () => {
      const headers = scopedTo('524');
      const keys = [OLD_PROVINCE, { code: '534', validFrom: '2000-01-01' }];
      expect(await indicatorsOf(keys, YEAR_2024, headers)).toEqual(await indicatorsOf(keys, YEAR_2024));
      const lists = await gql<{ _entities: UnitAnswer[] }>(
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on AdministrativeUnit { code fisheries {
          vessels(first: 5) { nodes { registrationNumber unitCode unit { code validFrom } } } violations(first: 5) { nodes { unitCode } }
        } } } }`,
        { reps: [district('524'), district('534')] },
        headers,
      );
      // Đức Phổ (534) is outside: both its lists are FORBIDDEN, nothing else is lost.
      expect(lists.errors?.map((e) => [e.extensions?.code, e.path?.at(-1)])).toEqual([
        ['FORBIDDEN', 'vessels'],
        ['FORBIDDEN', 'violations'],
      ]);
      const [binhSon, ducPho] = lists.data!._entities;
      expect(binhSon!.fisheries.vessels!.nodes).toHaveLength(5);
      const binhSonCodes = new Set(unitDirectory.coverageOf({ code: '524', validFrom: '2000-01-01' }).codes);
      for (const n of binhSon!.fisheries.vessels!.nodes as unknown as Array<{ unitCode: string; unit: { code: string } | null }>) {
        expect(binhSonCodes.has(n.unitCode)).toBe(true);
        expect(n.unit?.code).toBe(n.unitCode);
      }
      expect(ducPho!.fisheries.vessels).toBeNull();
      expect(ducPho!.fisheries.violations).toBeNull();

      const [ducPhoVessel] = await knex('TAUCA').where({ DAXOA: 0, MAHUYEN: '534' }).limit(1).select('SODANGKY');
      const [ducPhoViolation] = await knex('VIPHAM').where({ DAXOA: 0, MAHUYEN: '534' }).limit(1).select('ID_VIPHAM');
      const lookup = `query($n: String!, $id: ID!) { vessel(registrationNumber: $n) { registrationNumber } violation(id: $id) { id } }`;
      const vars = { n: ducPhoVessel.SODANGKY, id: String(ducPhoViolation.ID_VIPHAM) };
      const hidden = await gql<{ vessel: unknown; violation: unknown }>(lookup, vars, headers);
      expect(hidden.data).toEqual({ vessel: null, violation: null });
      const shown = await gql<{ vessel: unknown; violation: unknown }>(lookup, vars, scopedTo('534'));
      expect(shown.data).toEqual({ vessel: { registrationNumber: ducPhoVessel.SODANGKY }, violation: { id: vars.id } });
    });
  });

  describe('bad input', () => {
    const codeOf = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => res.errors?.[0]?.extensions?.code;

    it('rejects a bad page size, cursor, period or nested size with BAD_USER_INPUT', async () => {
      const onUnit = (selection: string) =>
        gql(`query($reps: [_Any!]!) { _entities(representations: $reps) { ... on AdministrativeUnit { fisheries { ${selection} } } } }`, {
          reps: [district('524')],
        });
      expect(codeOf(await onUnit('vessels(first: 501) { nodes { name } }'))).toBe('BAD_USER_INPUT');
      expect(codeOf(await onUnit('vessels(first: -1) { nodes { name } }'))).toBe('BAD_USER_INPUT');
      expect(codeOf(await onUnit('vessels(after: "not-a-cursor") { nodes { name } }'))).toBe('BAD_USER_INPUT');
      // A cursor of another list (a vessel cursor is one string, a violation cursor two).
      const vesselCursor = Buffer.from(JSON.stringify(['QNg-90001-TS'])).toString('base64url');
      expect(codeOf(await onUnit(`violations(after: "${vesselCursor}") { nodes { id } }`))).toBe('BAD_USER_INPUT');
      expect(codeOf(await onUnit('indicators(period: { from: "2024-12-31", to: "2024-01-01" }) { code }'))).toBe('BAD_USER_INPUT');
      expect(codeOf(await onUnit('violations(period: { from: "2024-02-30", to: "2024-03-01" }) { nodes { id } }'))).toBe('BAD_USER_INPUT');
      expect(codeOf(await onUnit('vessels(first: 1) { nodes { violations(first: 1000) { id } } }'))).toBe('BAD_USER_INPUT');
      // The hub's one id rule: a malformed id in a root lookup is the caller's mistake.
      expect(codeOf(await gql('{ violation(id: "abc") { id } }'))).toBe('BAD_USER_INPUT');
      const badEnum = await onUnit('vessels(lengthClass: HUGE) { nodes { name } }');
      expect(badEnum.errors?.length).toBeGreaterThan(0);
    });
  });

});
