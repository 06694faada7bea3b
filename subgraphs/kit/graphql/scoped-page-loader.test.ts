import { describe, expect, it } from 'vitest';
import { referenceData } from '../../../reference/admin-units/reference-units.js';
import { createRequestScope } from '../context/request-scope.js';
import { UnitDirectory } from '../units/unit-directory.js';
import type { KeyColumn } from './keyset.js';
import { encodeCursor } from './pagination.js';
import { ScopedPageLoader, type KeysetPageArgs, type PageScope } from './scoped-page-loader.js';

const directory = new UnitDirectory(referenceData);
const localCaller = { id: 't', role: 'local', area: { kind: 'UNITS', codes: ['524', '536'] }, sector: null, scopes: [], purpose: null } as const;

const NEWEST_FIRST: readonly KeyColumn[] = [
  { column: 't.RECEIVED', direction: 'desc', type: 'instant' },
  { column: 't.ID', direction: 'desc', type: 'int' },
];

describe('ScopedPageLoader', () => {
  type Row = { id: number; received: Date; scope_key: string };
  const row = (unit: string, id: number): Row => ({ id, received: new Date(Date.UTC(2024, 0, id)), scope_key: `${unit}@2000-01-01` });

  function loader() {
    const calls: Array<{ scopes: readonly PageScope[]; args: KeysetPageArgs<{ status: string }> }> = [];
    const counts: Array<readonly PageScope[]> = [];
    const pages = new ScopedPageLoader({
      scope: createRequestScope(localCaller, 'test-sector', directory),
      order: NEWEST_FIRST,
      keyOf: (r: Row) => [r.received.toISOString(), String(r.id)],
      load: async (scopes, args: KeysetPageArgs<{ status: string }>) => {
        calls.push({ scopes, args });
        return scopes.flatMap((s) => [3, 2, 1].slice(0, args.limit).map((id) => row(s.key.split('@')[0]!, id)));
      },
      count: async (scopes) => {
        counts.push(scopes);
        return new Map(scopes.map((s) => [s.key, 3]));
      },
    });
    return { pages, calls, counts };
  }
  const unit = (code: string) => ({ code, validFrom: '2000-01-01' });

  it('answers every unit asking alike with one load, and refuses a unit outside the area with FORBIDDEN', async () => {
    const { pages, calls } = loader();
    const [binhSon, lySon, other] = await Promise.all([
      pages.page(unit('524'), { status: 'OPEN' }, { first: 2 }),
      pages.page(unit('536'), { status: 'OPEN' }, { first: 2 }),
      pages.page(unit('524'), { status: 'DONE' }, { first: 2 }),
    ]);
    expect(calls).toHaveLength(2);
    expect(calls[0]!.scopes.map((s) => s.key)).toEqual(['524@2000-01-01', '536@2000-01-01']);
    expect(calls[0]!.args).toMatchObject({ filter: { status: 'OPEN' }, after: null, limit: 3, area: { kind: 'WINDOWS' } });
    expect(binhSon.nodes.map((n) => n.id)).toEqual([3, 2]);
    expect(binhSon.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor([new Date(Date.UTC(2024, 0, 2)).toISOString(), '2']) });
    expect(lySon.nodes.every((n) => n.scope_key === '536@2000-01-01')).toBe(true);
    await expect(pages.page(unit('522'), { status: 'OPEN' }, { first: 2 })).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(other.nodes).toHaveLength(2);
  });

  it('passes the parsed cursor on, and reads the look-ahead row even for first: 0', async () => {
    const { pages, calls } = loader();
    const after = encodeCursor(['2024-01-02T00:00:00.000Z', '2']);
    await pages.page(unit('524'), { status: 'OPEN' }, { first: 5, after });
    const empty = await pages.page(unit('524'), { status: 'OPEN' }, { first: 0 });
    expect(calls.map((c) => [c.args.after, c.args.limit])).toEqual([
      [[new Date('2024-01-02T00:00:00.000Z'), 2], 6],
      [null, 1],
    ]);
    expect(empty).toEqual({ edges: [], nodes: [], pageInfo: { hasNextPage: true, endCursor: null } });
  });

  it('counts a list only when totalCount is read, once for every unit asking alike', async () => {
    const { pages, counts } = loader();
    const [binhSon, lySon] = await Promise.all([pages.page(unit('524'), { status: 'OPEN' }, { first: 2 }), pages.page(unit('536'), { status: 'OPEN' }, { first: 1 })]);
    expect(counts).toHaveLength(0);
    expect(await Promise.all([binhSon.totalCount, lySon.totalCount])).toEqual([3, 3]);
    expect(counts).toHaveLength(1);
    expect(counts[0]!.map((s) => s.key)).toEqual(['524@2000-01-01', '536@2000-01-01']);
  });
});
