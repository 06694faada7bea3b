import type { Knex } from 'knex';

/**
 * The live rows of a legacy table (DAXOA = 0) with the unit code they were recorded under as
 * `unit_code`: the commune code when the record has one (old or new), else the old district code
 * (Lý Sơn had no communes before the reform). Every fisheries repository reads through this, so a
 * soft-deleted row can never be returned or counted, and scoping and grouping work on one column.
 */
export function live(knex: Knex, table: 'TAUCA' | 'RAVAO_CANG' | 'VIPHAM', alias: string): Knex.QueryBuilder {
  return knex(`${table} as r`)
    .select('r.*', knex.raw('coalesce(??, ??) as ??', ['r.MAXA', 'r.MAHUYEN', 'unit_code']))
    .where('r.DAXOA', 0)
    .as(alias);
}
