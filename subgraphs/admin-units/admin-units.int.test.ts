import { describe, expect, it } from 'vitest';
import { useTestSubgraph } from '../kit/testing/subgraph-fixture.js';
import { testDatabaseKinds } from '../kit/testing/test-database.js';
import { adminUnits } from './index.js';

interface Unit {
  code: string;
  name?: string;
  validFrom?: string;
  children?: Unit[];
}

describe.each(testDatabaseKinds)('admin-units subgraph on %s', (kind) => {
  const fixture = useTestSubgraph(kind, adminUnits);
  const gql = fixture.gql;

  it('answers the pre-reform province with its 13 districts', async () => {
    const res = await gql<{ unit: Unit }>('{ unit(code: "51", asOf: "2024-06-30") { code name validFrom children { code name } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.unit.validFrom).toBe('2000-01-01');
    expect(res.data!.unit.children).toHaveLength(13);
    expect(res.data!.unit.children).toContainEqual({ code: '524', name: 'Huyện Bình Sơn' });
  });

  it('answers the post-reform province 51 with its 96 communes', async () => {
    const res = await gql<{ unit: Unit & { predecessors: Unit[] } }>(
      '{ unit(code: "51", asOf: "2026-01-01") { validFrom children { code } predecessors { code } } }',
    );
    expect(res.data!.unit.validFrom).toBe('2025-07-01');
    expect(res.data!.unit.children).toHaveLength(96);
    expect(res.data!.unit.predecessors.map((p) => p.code).sort()).toEqual(['51', '62']);
  });

  it('defaults asOf to today, which is after the reform', async () => {
    const res = await gql<{ unit: Unit }>('{ unit(code: "51") { validFrom children { code } } }');
    expect(res.data!.unit.children).toHaveLength(96);
  });

  it('returns null for a code with no version in force on that day', async () => {
    const res = await gql<{ old: Unit | null; gone: Unit | null }>(
      '{ old: unit(code: "524", asOf: "2026-01-01") { code } gone: unit(code: "99999") { code } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ old: null, gone: null });
  });

  it('walks hierarchy and lineage: ancestors, a split commune, a renamed district', async () => {
    const res = await gql<{
      commune: Unit & { ancestors: Unit[]; parent: Unit };
      split: { successorLinks: Array<{ kind: string; unit: Unit }> };
      lySon: { successorLinks: Array<{ kind: string; unit: Unit }> };
      merged: { predecessorLinks: Array<{ kind: string; unit: Unit }> };
    }>(`{
      commune: unit(code: "21142", asOf: "2024-01-01") { name parent { code } ancestors { code } }
      split: unit(code: "21142", asOf: "2024-01-01") { successorLinks { kind unit { code validFrom } } }
      lySon: unit(code: "536", asOf: "2024-01-01") { successorLinks { kind unit { code name } } }
      merged: unit(code: "21025") { predecessorLinks { kind unit { code } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.commune.ancestors.map((u) => u.code)).toEqual(['51', '525']);
    expect(res.data!.split.successorLinks.map((l) => [l.kind, l.unit.code])).toEqual([
      ['PARTIAL_MERGE', '21136'],
      ['PARTIAL_MERGE', '21157'],
    ]);
    expect(res.data!.lySon.successorLinks).toEqual([{ kind: 'RENAME', unit: { code: '21548', name: 'Đặc khu Lý Sơn' } }]);
    expect(res.data!.merged.predecessorLinks).toHaveLength(4);
    expect(res.data!.merged.predecessorLinks.every((l) => l.kind === 'MERGE')).toBe(true);
  });

  it('names an area by codes as of a day, and a unit the area its successors cover', async () => {
    const res = await gql<{ area: { id: string; name: string; units: Unit[] }; old524: { successorArea: { id: string; units: Unit[] } }; live: { successorArea: { id: string } }; before: { successorArea: null } }>(`{
      area(codes: ["21040", "524", "21040"], asOf: "2024-06-30") { id name units { code validFrom } }
      old524: unit(code: "524", asOf: "2024-06-30") { successorArea(asOf: "2026-06-30") { id units { code name validFrom } } }
      live: unit(code: "21040") { successorArea { id } }
      before: unit(code: "21040") { successorArea(asOf: "2024-06-30") { id } }
    }`);
    expect(res.errors).toBeUndefined();
    const { area, old524, live, before } = res.data!;
    expect(area.id).toBe('21040@2000-01-01+524@2000-01-01');
    expect(area.units).toEqual([{ code: '21040', validFrom: '2000-01-01' }, { code: '524', validFrom: '2000-01-01' }]);
    expect(area.name).toContain('Huyện Bình Sơn');
    // Old district 524's communes went into five new communes.
    expect(old524.successorArea.units.map((u) => u.code)).toEqual(['21040', '21061', '21085', '21100', '21109']);
    expect(old524.successorArea.units.every((u) => u.validFrom === '2025-07-01')).toBe(true);
    expect(live.successorArea.id).toBe('21040@2025-07-01');
    expect(before.successorArea).toBeNull();
    // The same area, asked for by codes today.
    const again = await gql<{ area: { id: string } }>('{ area(codes: ["21109", "21100", "21085", "21061", "21040"]) { id } }');
    expect(again.data!.area.id).toBe(old524.successorArea.id);
  });

  it.each([
    ['no code', '{ area(codes: []) { id } }'],
    ['a code with no unit that day', '{ area(codes: ["51", "524"], asOf: "2026-01-01") { id } }'],
    ['a malformed code', '{ area(codes: ["5x"]) { id } }'],
  ])('refuses an area of %s with BAD_USER_INPUT', async (_, query) => {
    const res = await gql(query);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages through all pre-reform communes without overlap', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: Awaited<ReturnType<typeof gql<{ units: { nodes: Unit[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>>> = await gql(
        'query($after: String) { units(level: COMMUNE, asOf: "2024-06-30", first: 100, after: $after) { nodes { code } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      seen.push(...res.data!.units.nodes.map((n) => n.code));
      if (!res.data!.units.pageInfo.hasNextPage) break;
      after = res.data!.units.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(170 + 102);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(seen);
  });

  it('finds old names too, ended versions pointing to their successors, paging by code and version', async () => {
    const res = await gql<{ old: { nodes: Array<Unit & { validTo: string | null; successors: Unit[] }> }; both: { nodes: Array<{ code: string; validFrom: string; name: string }>; totalCount: number } }>(`{
      old: units(search: "chau o", asOf: "2026-11-01") { nodes { code name validTo successors { code name } } }
      both: units(search: "binh son", asOf: "2026-11-01", level: COMMUNE, first: 50) { totalCount nodes { code validFrom name } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.old.nodes).toEqual([{ code: '21040', name: 'Thị Trấn Châu Ổ', validTo: '2025-06-30', successors: [{ code: '21040', name: 'Xã Bình Sơn' }] }]);
    // Today's Xã Bình Sơn is found; old communes named Bình Sơn… too, each once, in code order.
    const found = res.data!.both.nodes;
    expect(found).toContainEqual({ code: '21040', validFrom: '2025-07-01', name: 'Xã Bình Sơn' });
    expect(found.map((n) => `${n.code}@${n.validFrom}`)).toEqual([...new Set(found.map((n) => `${n.code}@${n.validFrom}`))].sort());
    expect(res.data!.both.totalCount).toBe(found.length);
    // Paging one by one walks the same versions.
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const page: Awaited<ReturnType<typeof gql<{ units: { nodes: Array<{ code: string; validFrom: string }>; pageInfo: { hasNextPage: boolean; endCursor: string } } }>>> = await gql(
        'query($after: String) { units(search: "binh son", asOf: "2026-11-01", level: COMMUNE, first: 1, after: $after) { nodes { code validFrom } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      seen.push(...page.data!.units.nodes.map((n) => `${n.code}@${n.validFrom}`));
      if (!page.data!.units.pageInfo.hasNextPage) break;
      after = page.data!.units.pageInfo.endCursor;
    }
    expect(seen).toEqual(found.map((n) => `${n.code}@${n.validFrom}`));
  });

  it('counts the whole list in totalCount, whatever the page and its filters', async () => {
    const res = await gql<{ all: { totalCount: number; nodes: Unit[] }; later: { totalCount: number }; search: { totalCount: number }; none: { totalCount: number } }>(`{
      all: units(level: COMMUNE, asOf: "2024-06-30", first: 3) { totalCount nodes { code } }
      later: units(level: COMMUNE, asOf: "2024-06-30", first: 1, after: "${Buffer.from(JSON.stringify(['21000'])).toString('base64url')}") { totalCount }
      search: units(search: "dak glei", asOf: "2024-01-01", level: DISTRICT, first: 0) { totalCount }
      none: units(parentCode: "536", asOf: "2024-01-01") { totalCount }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ all: { totalCount: 170 + 102, nodes: expect.any(Array) }, later: { totalCount: 170 + 102 }, search: { totalCount: 1 }, none: { totalCount: 0 } });
  });

  it('filters by parent and searches names with or without diacritics', async () => {
    const res = await gql<{ a: { nodes: Unit[] }; b: { nodes: Unit[] }; c: { nodes: Unit[] } }>(`{
      a: units(search: "dak glei", asOf: "2024-01-01", level: DISTRICT) { nodes { code name } }
      b: units(search: "Đắk Glei", asOf: "2024-01-01", level: DISTRICT) { nodes { code } }
      c: units(parentCode: "536", asOf: "2024-01-01") { nodes { code } }
    }`);
    expect(res.data!.a.nodes).toEqual([{ code: '610', name: 'Huyện Đắk Glei' }]);
    expect(res.data!.b.nodes).toEqual([{ code: '610' }]);
    expect(res.data!.c.nodes).toEqual([]);
  });

  it('resolves entity references by code and validFrom', async () => {
    const res = await gql<{ _entities: Array<Unit | null> }>(`{
      _entities(representations: [
        { __typename: "AdministrativeUnit", code: "51", validFrom: "2000-01-01" },
        { __typename: "AdministrativeUnit", code: "51", validFrom: "2025-07-01" },
        { __typename: "AdministrativeUnit", code: "51", validFrom: "1999-01-01" }
      ]) { ... on AdministrativeUnit { code name validFrom } }
    }`);
    expect(res.data!._entities.map((u) => u?.validFrom ?? null)).toEqual(['2000-01-01', '2025-07-01', null]);
  });

  it.each([
    ['a malformed code', '{ unit(code: "5x") { code } }'],
    ['an impossible date', '{ unit(code: "51", asOf: "2024-02-30") { code } }'],
    ['a date in the wrong form', '{ unit(code: "51", asOf: "30/06/2024") { code } }'],
    ['a page too large', '{ units(first: 100000) { nodes { code } } }'],
    ['a forged cursor', '{ units(after: "not-a-cursor") { nodes { code } } }'],
    ['a malformed parent code', '{ units(parentCode: "abc") { nodes { code } } }'],
  ])('rejects %s with BAD_USER_INPUT', async (_name, query) => {
    const res = await gql(query);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.ts:/);
  });

  it('loads children of many units in one statement', async () => {
    fixture.database.statements.length = 0;
    const res = await gql<{ unit: Unit }>('{ unit(code: "51", asOf: "2024-06-30") { children { children { code } } } }');
    expect(res.data!.unit.children!.flatMap((d) => d.children!)).toHaveLength(170);
    // versions of "51", then children of 51, then children of all 13 districts at once.
    expect(fixture.database.statements).toHaveLength(3);
  });
});
