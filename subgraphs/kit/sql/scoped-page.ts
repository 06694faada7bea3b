import type { Knex } from 'knex';
import type { Dialect } from '../dialect/dialect.js';
import type { KeyColumn, KeyValue } from '../graphql/keyset.js';
import type { PageScope, Scoped } from '../graphql/scoped-page-loader.js';
import { keysetOrderBy, whereAfter } from './keyset-sql.js';

export interface ScopedPageQuery {
  knex: Knex;
  dialect: Dialect;
  /** The filtered base query over the records (no select, order or limit). */
  base: Knex.QueryBuilder;
  /** The records' column holding the recorded unit code, e.g. `h.MaDonVi`. */
  unitColumn: string;
  /** The units of the batch. */
  scopes: readonly PageScope[];
  /** Columns to return, as `alias.column as name`. */
  columns: readonly string[];
  /** The list's order, e.g. received desc then id desc; its last column must make it total. */
  order: readonly KeyColumn[];
  /** The position to start after in that order (a parsed cursor, see `parseKey`), or null. */
  after: readonly KeyValue[] | null;
  /** Rows per unit, including the one extra row that tells a next page exists. */
  limit: number;
  /**
   * `per-code` (default): the first rows of each code through an index on the unit column and the
   * order columns, then the first of each unit among those. `window`: number every record of the
   * batch's units; for a unit column that is computed (no index can serve it per code).
   */
  strategy?: 'per-code' | 'window';
}

/**
 * The first `limit` records of every unit of a batch in one statement, so a page of dossiers for 13
 * districts is one query, not 13. Rows come back with `scope_key` naming their unit.
 *
 * For each (unit, code) pair a lateral subquery takes the first `limit` records of that code in the
 * list's order (an index on the code and the order columns answers it without a sort); a window
 * function then keeps the first `limit` of each unit among those few candidates. The top of a unit
 * is always among the tops of its codes, so the result equals numbering every record of the unit,
 * which sorted all of them: 30,000 parcels for a province page.
 */
export async function scopedPage<Row>(q: ScopedPageQuery): Promise<Array<Scoped<Row>>> {
  const pairs = q.scopes.flatMap((s) => s.codes.map((c) => [s.key, c] as const));
  if (pairs.length === 0) return [];
  // Order and cursor come from the same columns, so a page can never skip or repeat rows.
  const base = q.after ? whereAfter(q.base.clone(), q.order, q.after) : q.base.clone();
  if (q.strategy === 'window') return windowPage<Row>(q, base, pairs);
  const sortKeys = q.order.map((c, i) => ({ alias: `page_key_${i}`, ...c }));
  const perCode = base
    .select([...q.columns, ...sortKeys.map((k) => `${k.column} as ${k.alias}`)])
    .whereRaw('?? = ??', [q.unitColumn, 'scope.scope_code'])
    .orderByRaw(keysetOrderBy(q.knex, q.order))
    .limit(q.limit);
  const windowOrder = q.knex.raw(sortKeys.map((k) => `?? ${k.direction}`).join(', '), sortKeys.map((k) => `candidate.${k.alias}`)).toQuery();
  const candidates = q.knex
    .select(['candidate.*', 'scope.scope_key', q.knex.raw(`row_number() over (partition by scope.scope_key order by ${windowOrder}) as page_rank`)])
    .from(q.knex.raw('? ?', [q.dialect.scopeTable(q.knex, pairs, 'scope'), q.dialect.lateral(q.knex, perCode, 'candidate')]));
  const rows: Array<Scoped<Row> & Record<string, unknown>> = await q.knex
    .select('*')
    .from(candidates.as('numbered'))
    .where('page_rank', '<=', q.limit)
    .orderBy([{ column: 'scope_key' }, { column: 'page_rank' }]);
  for (const row of rows) for (const k of sortKeys) delete row[k.alias];
  return rows;
}

/** Numbers every record of the batch's units per unit; the plan when no index serves each code. */
function windowPage<Row>(q: ScopedPageQuery, base: Knex.QueryBuilder, pairs: ReadonlyArray<readonly [string, string]>): Promise<Array<Scoped<Row>>> {
  const numbered = base
    .join(q.dialect.scopeTable(q.knex, pairs, 'scope'), 'scope.scope_code', q.unitColumn)
    .select([...q.columns, 'scope.scope_key', q.knex.raw(`row_number() over (partition by scope.scope_key order by ${keysetOrderBy(q.knex, q.order)}) as page_rank`)]);
  return q.knex
    .select('*')
    .from(numbered.as('numbered'))
    .where('page_rank', '<=', q.limit)
    .orderBy([{ column: 'scope_key' }, { column: 'page_rank' }]);
}

export type ScopedCountQuery = Pick<ScopedPageQuery, 'knex' | 'dialect' | 'base' | 'unitColumn' | 'scopes'>;

/**
 * How many records each unit of a batch has in the filtered list (a connection's `totalCount`), in
 * one grouped statement whatever the number of units.
 */
export async function scopedCount(q: ScopedCountQuery): Promise<ReadonlyMap<string, number>> {
  const pairs = q.scopes.flatMap((s) => s.codes.map((c) => [s.key, c] as const));
  const counts = new Map<string, number>(q.scopes.map((s) => [s.key, 0]));
  if (pairs.length === 0) return counts;
  const rows: Array<{ scope_key: string; total: string | number }> = await q.base
    .clone()
    .join(q.dialect.scopeTable(q.knex, pairs, 'scope'), 'scope.scope_code', q.unitColumn)
    .groupBy('scope.scope_key')
    .select(['scope.scope_key', q.knex.raw('count(*) as total')]);
  for (const row of rows) counts.set(row.scope_key, Number(row.total));
  return counts;
}
