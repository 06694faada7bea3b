import type { Knex } from 'knex';
import type { KeyColumn, KeyValue } from '../graphql/keyset.js';

/**
 * Rows strictly after `values` in the list's order, whatever each column's direction:
 * `(a, b) > (x, y)` spelled out as `a > x or (a = x and b > y)`, because SQL Server has no
 * row-value comparison.
 */
export function whereAfter(query: Knex.QueryBuilder, order: readonly KeyColumn[], values: readonly KeyValue[]): Knex.QueryBuilder {
  return query.where((outer) => {
    order.forEach((col, i) => {
      outer.orWhere((inner) => {
        for (let j = 0; j < i; j++) inner.where(order[j]!.column, values[j]!);
        inner.where(col.column, col.direction === 'asc' ? '>' : '<', values[i]!);
      });
    });
  });
}

/** The list's order as an ORDER BY list quoted for the dialect, for the kit's `scopedPage`. */
export function keysetOrderBy(knex: Knex, order: readonly KeyColumn[]): string {
  return knex.raw(order.map((c) => `?? ${c.direction}`).join(', '), order.map((c) => c.column)).toQuery();
}
