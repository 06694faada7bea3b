import { describe, expect, it } from 'vitest';
import { referenceData } from '../../reference/admin-units/reference-units.js';
import { publicServices } from './index.js';
import { useTestSubgraph } from '../kit/testing/subgraph-fixture.js';
import { unitRepresentation as unit } from '../kit/testing/unit-queries.js';

/**
 * Figures that never claim more than their data has (docs/figures.md), on the golden cases of the
 * 2025 reform, shown on public services' records: the rules are the kit's
 * (kit/indicators/figure-status.ts), and the shared conformance suite checks every sector's sums.
 */

interface Value {
  code: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: string;
  statusReason: string | null;
  previousYear?: Value | null;
}
const OLD = '2000-01-01';
const NEW = '2025-07-01';
const Y2024 = { from: '2024-01-01', to: '2024-12-31' };
const Y2026 = { from: '2026-01-01', to: '2026-10-31' };
const FIELDS = 'code value numerator denominator status statusReason';

describe('figures that tell the truth about themselves', () => {
  const ps = useTestSubgraph('pglite', publicServices);

  const indicators = async (code: string, validFrom: string, period: { from: string; to: string }, field = 'indicators', extra = '') => {
    const res = await ps.gql<{ _entities: Array<{ publicServices: Record<string, Value[]> }> }>(
      `query($reps: [_Any!]!, $period: PeriodInput!) { _entities(representations: $reps) { ... on AdministrativeUnit { publicServices { ${field}(period: $period) { ${FIELDS} ${extra} } } } } }`,
      { reps: [unit(code, validFrom)], period },
    );
    expect(res.errors).toBeUndefined();
    return res.data!._entities[0]!.publicServices[field]!;
  };
  const received = (values: Value[]) => values.find((v) => v.code === 'PS_RECEIVED')!;

  it('gives a monthly series in one statement whose flows add up to the year, each month with its own period and status', async () => {
    ps.database.statements.length = 0;
    const res = await ps.gql<{ _entities: Array<{ publicServices: { year: Value[]; months: Array<Value & { period: { from: string; to: string } }>; quarters: Value[] } }> }>(
      `query($reps: [_Any!]!, $period: PeriodInput!) { _entities(representations: $reps) { ... on AdministrativeUnit { publicServices {
        year: indicators(period: $period) { ${FIELDS} }
        months: indicatorSeries(period: $period, every: MONTH) { ${FIELDS} period { from to } }
        quarters: indicatorSeries(period: $period, every: QUARTER) { ${FIELDS} }
      } } } }`,
      { reps: [unit('51', OLD), unit('524', OLD), unit('525', OLD)], period: Y2024 },
    );
    expect(res.errors).toBeUndefined();
    // The year, 12 months and 4 quarters of three units: one aggregate statement.
    expect(ps.database.statements.filter((sql) => /group by/i.test(sql))).toHaveLength(1);
    for (const { publicServices: sector } of res.data!._entities) {
      const codes = new Set(sector.year.map((v) => v.code));
      expect(sector.months).toHaveLength(12 * codes.size);
      const months = sector.months.filter((v) => v.code === 'PS_RECEIVED');
      expect(months.map((m) => m.period.from)).toEqual(Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}-01`));
      expect(months[1]!.period.to).toBe('2024-02-29');
      for (const flow of ['PS_RECEIVED', 'PS_RECEIVED_ONLINE', 'PS_FINISHED', 'PS_FINISHED_LATE']) {
        const yearly = sector.year.find((v) => v.code === flow)!;
        expect(yearly.value, flow).toBeGreaterThan(0);
        for (const step of [sector.months, sector.quarters]) {
          const parts = step.filter((v) => v.code === flow);
          expect(parts.every((p) => p.status === yearly.status)).toBe(true);
          expect(parts.reduce((sum, p) => sum + p.value!, 0), flow).toBe(yearly.value);
        }
      }
      // A stock is the year's at the end of its last month.
      expect(sector.months.filter((v) => v.code === 'PS_IN_PROCESS').at(-1)!.value).toBe(sector.year.find((v) => v.code === 'PS_IN_PROCESS')!.value);
    }
  });

  it('gives an old commune merged with others no number after the reform: NOT_COMPARABLE, never its successor’s figures', async () => {
    // Châu Ổ's code 21040 was reused by the new Xã Bình Sơn, which it merged into.
    for (const [code, successor] of [
      ['21040', 'Xã Bình Sơn'],
      ['21043', 'Xã Vạn Tường'],
    ]) {
      const values = await indicators(code!, OLD, Y2026);
      for (const v of values) {
        expect(v).toMatchObject({ status: 'NOT_COMPARABLE', value: null, numerator: null, denominator: null });
        expect(v.statusReason).toContain(successor);
      }
    }
    // Before the reform the same unit has its own exact figures.
    expect(received(await indicators('21040', OLD, Y2024))).toMatchObject({ status: 'FINAL', statusReason: null });
  });

  it('gives a split commune (Trà Bùi) no number after the reform, and its successors say what they leave out', async () => {
    expect(received(await indicators('21142', OLD, Y2026))).toMatchObject({ status: 'NOT_COMPARABLE', value: null });
    const caDam = received(await indicators('21136', NEW, Y2024));
    expect(caDam.status).toBe('ESTIMATE');
    expect(caDam.statusReason).toContain('Trà Bùi');
    expect(caDam.value).not.toBeNull();
  });

  it('gives no abolished unit a FINAL or PRELIMINARY figure for a period after the reform, whatever its lineage', async () => {
    const abolished = referenceData.units.filter((u) => u.validTo !== null);
    expect(abolished.length).toBeGreaterThan(250);
    const res = await ps.gql<{ _entities: Array<{ publicServices: { indicators: Value[] } }> }>(
      `query($reps: [_Any!]!, $period: PeriodInput!) { _entities(representations: $reps) { ... on AdministrativeUnit { publicServices { indicators(period: $period) { ${FIELDS} } } } } }`,
      { reps: abolished.map((u) => unit(u.code, u.validFrom)), period: Y2026 },
    );
    expect(res.errors).toBeUndefined();
    const statuses = new Set<string>();
    res.data!._entities.forEach((e, i) => {
      for (const v of e.publicServices.indicators) {
        expect(['ESTIMATE', 'NOT_COMPARABLE', 'NO_DATA'], `${abolished[i]!.code} ${v.code}`).toContain(v.status);
        expect(v.statusReason, `${abolished[i]!.code} ${v.code}`).toBeTruthy();
        statuses.add(v.status);
      }
    });
    // Both outcomes occur: carried on whole (ESTIMATE, from the successor) and merged with others.
    expect([...statuses].sort()).toEqual(['ESTIMATE', 'NOT_COMPARABLE']);
  });

  it('answers a renamed or continued unit from its successor, marked as such (Lý Sơn, Ba Xa)', async () => {
    for (const [old, successor, name] of [
      ['536', { code: '21548', validFrom: NEW }, 'Đặc khu Lý Sơn'],
      ['21538', { code: '21538', validFrom: NEW }, 'Xã Ba Xa'],
    ] as const) {
      const before = received(await indicators(old, OLD, Y2026));
      const after = received(await indicators(successor.code, successor.validFrom, Y2026));
      expect(before.status).toBe('ESTIMATE');
      expect(before.statusReason).toContain(name);
      expect(before.value).toBe(after.value);
      expect(after.status).toBe('FINAL');
    }
  });

  it('says NO_DATA, not 0, where the source has nothing: a period before the source or not yet begun', async () => {
    for (const [code, validFrom, period] of [
      ['524', OLD, { from: '2020-01-01', to: '2020-12-31' }],
      ['51', NEW, { from: '2027-01-01', to: '2027-12-31' }],
    ] as const) {
      for (const v of await indicators(code, validFrom, period)) {
        expect(v, `${code} ${period.from}`).toMatchObject({ status: 'NO_DATA', value: null, numerator: null, denominator: null });
        expect(v.statusReason).toBeTruthy();
      }
    }
  });

  it('holds old Kon Tum in every period, so the new province is whole: its 2024 is old Quảng Ngãi plus old Kon Tum, FINAL', async () => {
    const konTumCommune = referenceData.units.find((u) => u.level === 'COMMUNE' && u.validTo !== null && u.code.startsWith('23'))!;
    expect(received(await indicators(konTumCommune.code, OLD, Y2024))).toMatchObject({ status: 'FINAL' });
    const [quangNgai, konTum, province] = await Promise.all([indicators('51', OLD, Y2024), indicators('62', OLD, Y2024), indicators('51', NEW, Y2024)]);
    expect(received(konTum).value).toBeGreaterThan(0);
    expect(received(province)).toMatchObject({ status: 'FINAL', statusReason: null, value: received(quangNgai).value! + received(konTum).value! });
    expect(received(await indicators('51', NEW, Y2026))).toMatchObject({ status: 'FINAL', statusReason: null });
  });

  it('loses nothing between levels: a unit is the sum of its children and its unattributed part, before and after the reform', async () => {
    const cases = [
      { code: '524', validFrom: OLD, period: Y2024, ownLevel: true },
      { code: '51', validFrom: OLD, period: Y2024, ownLevel: false },
      { code: '51', validFrom: NEW, period: Y2024, ownLevel: true },
      { code: '51', validFrom: NEW, period: Y2026, ownLevel: false },
    ];
    for (const { code, validFrom, period, ownLevel } of cases) {
      const children = referenceData.units.filter((u) => u.parentCode === code && u.validFrom >= validFrom && (validFrom === NEW ? u.validTo === null : u.validTo !== null));
      const res = await ps.gql<{ _entities: Array<{ publicServices: { indicators: Value[]; unattributedIndicators?: Value[] } }> }>(
        `query($reps: [_Any!]!, $period: PeriodInput!) { _entities(representations: $reps) { ... on AdministrativeUnit { publicServices {
          indicators(period: $period) { ${FIELDS} } unattributedIndicators(period: $period) { ${FIELDS} } } } } }`,
        { reps: [unit(code, validFrom), ...children.map((c) => unit(c.code, c.validFrom))], period },
      );
      expect(res.errors).toBeUndefined();
      const [whole, ...parts] = res.data!._entities.map((e) => e.publicServices);
      const unattributed = whole!.unattributedIndicators!;
      for (const total of whole!.indicators) {
        const part = (p: { indicators: Value[] }) => p.indicators.find((v) => v.code === total.code)!;
        for (const field of ['value', 'numerator', 'denominator'] as const) {
          if (total[field] === null || (field === 'value' && total.numerator !== null)) continue;
          const sum = parts.reduce((s, p) => s + (part(p)[field] ?? 0), 0) + (unattributed.find((v) => v.code === total.code)![field] ?? 0);
          expect(sum, `${code}@${validFrom} ${period.from} ${total.code}.${field}`).toBeCloseTo(total[field]!, 6);
        }
      }
      // Records filed at a district's own level (524; the old districts under the new province) are
      // what the children alone miss.
      if (ownLevel) expect(received(unattributed).value, `${code}@${validFrom} ${period.from}`).toBeGreaterThan(0);
    }
  });

  describe('areas', () => {
    const areaOf = (...units: Array<[string, string]>) => units.map(([code, validFrom]) => `${code}@${validFrom}`).sort().join('+');
    const areaValues = async (id: string, period: { from: string; to: string }, field = 'indicators') => {
      const res = await ps.gql<{ _entities: Array<{ publicServices: Record<string, Value[]> }> }>(
        `query($reps: [_Any!]!, $period: PeriodInput!) { _entities(representations: $reps) { ... on Area { publicServices { ${field}(period: $period) { ${FIELDS} } } } } }`,
        { reps: [{ __typename: 'Area', id }], period },
      );
      expect(res.errors).toBeUndefined();
      return res.data!._entities[0]!.publicServices[field]!;
    };
    // The new communes that took over old district 524's communes (its successor area today).
    const today524 = areaOf(['21040', NEW], ['21061', NEW], ['21085', NEW], ['21100', NEW], ['21109', NEW]);

    it("answers old district 524 today exactly before the reform, its own-level records included, and as the sum of its communes after", async () => {
      // Xã Bình Sơn took in Tịnh Hòa (21187) of district 522 as well: the area is 524 and Tịnh Hòa.
      const district2024 = await indicators('524', OLD, Y2024);
      const tinhHoa2024 = await indicators('21187', OLD, Y2024);
      const area2024 = await areaValues(today524, Y2024);
      for (const v of district2024) {
        const other = tinhHoa2024.find((a) => a.code === v.code)!;
        const plus = (field: 'numerator' | 'denominator') => (v[field] === null ? null : v[field]! + other[field]!);
        expect(area2024.find((a) => a.code === v.code), v.code).toMatchObject({ numerator: plus('numerator'), denominator: plus('denominator'), status: 'FINAL' });
        if (v.numerator === null) expect(area2024.find((a) => a.code === v.code)!.value).toBe(v.value! + other.value!);
      }
      // Unattributed in the area: what no member holds, the district's own-level records.
      const own = received(await areaValues(today524, Y2024, 'unattributedIndicators'));
      expect(own.value).toBe(received(await indicators('524', OLD, Y2024, 'unattributedIndicators')).value);
      expect(own.value).toBeGreaterThan(0);

      const area2026 = received(await areaValues(today524, Y2026));
      let sum = 0;
      for (const code of ['21040', '21061', '21085', '21100', '21109']) sum += received(await indicators(code, NEW, Y2026)).value!;
      expect(area2026).toMatchObject({ value: sum, status: 'FINAL' });
    });

    it('adds up: an area is the sum of its units and its unattributed part, before and after the reform', async () => {
      const members = ['21040', '21061', '21085', '21100', '21109'];
      for (const period of [Y2024, Y2026]) {
        const whole = await areaValues(today524, period);
        const own = await areaValues(today524, period, 'unattributedIndicators');
        const parts = await Promise.all(members.map((code) => indicators(code, NEW, period)));
        for (const total of whole) {
          if (total.status === 'NO_DATA' || total.status === 'NOT_COMPARABLE') continue;
          for (const field of ['value', 'numerator', 'denominator'] as const) {
            if (total[field] === null || (field === 'value' && total.numerator !== null)) continue;
            const sum = parts.reduce((s, p) => s + (p.find((v) => v.code === total.code)![field] ?? 0), 0) + (own.find((v) => v.code === total.code)![field] ?? 0);
            expect(sum, `${period.from} ${total.code}.${field}`).toBeCloseTo(total[field]!, 6);
          }
        }
      }
    });

    it('counts each record once however the members overlap', async () => {
      const province = received(await indicators('51', NEW, Y2026));
      const overlapping = received(await areaValues(areaOf(['51', NEW], ['21040', NEW], ['524', OLD]), Y2026));
      expect(overlapping.value).toBe(province.value);
    });

    it('joins the parts of a split unit: Trà Bùi is no longer left out when both its successors are in the area', async () => {
      const both = received(await areaValues(areaOf(['21136', NEW], ['21157', NEW]), Y2024));
      expect(both.statusReason ?? '').not.toContain('Trà Bùi');
      const caDam = received(await indicators('21136', NEW, Y2024));
      const tayTra = received(await indicators('21157', NEW, Y2024));
      expect(both.value).toBeGreaterThan(caDam.value! + tayTra.value! - 1);
    });

    it('gives old units merged with others no number after the reform, and an unknown id a clear error', async () => {
      for (const v of await areaValues(areaOf(['21040', OLD], ['21043', OLD]), Y2026)) {
        expect(v).toMatchObject({ status: 'NOT_COMPARABLE', value: null });
      }
      const res = await ps.gql(`{ _entities(representations: [{ __typename: "Area", id: "51@2025-07-01+x" }]) { ... on Area { id } } }`);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  it('gives every value the same figure one year earlier', async () => {
    const lastYear = received(await indicators('524', OLD, { from: '2024-01-01', to: '2024-06-30' }));
    const withPrevious = (await indicators('524', OLD, { from: '2025-01-01', to: '2025-06-30' }, 'indicators', `previousYear { ${FIELDS} }`)).find((v) => v.code === 'PS_RECEIVED')!;
    expect(withPrevious.previousYear).toEqual(lastYear);
  });
});

