import type { Dialect } from './dialect.js';

export const postgresDialect: Dialect = {
  name: 'postgres',
  inList: (knex, column, values) =>
    // One array parameter; typed so the comparison stays index-friendly for text and integer keys.
    knex.raw(`?? = any(?::${typeof values[0] === 'number' ? 'bigint' : 'text'}[])`, [column, [...values] as never]),
  scopeTable: (knex, pairs, alias) =>
    knex.raw(`(select * from unnest(?::text[], ?::text[]) as t(scope_key, scope_code)) as ??`, [
      pairs.map((p) => p[0]) as never,
      pairs.map((p) => p[1]) as never,
      alias,
    ]),
  lateral: (knex, subquery, alias) => knex.raw('cross join lateral ? as ??', [subquery, alias]),
  dmyToDate: (knex, column) => knex.raw(`to_date(??, 'DD/MM/YYYY')`, [column]),
  dayKey: (knex, date) => knex.raw(`to_char(?, 'YYYYMMDD')`, [typeof date === 'string' ? knex.raw('??', [date]) : date]),
  vietnamDay: (knex, column) => knex.raw(`cast((?? at time zone 'Asia/Ho_Chi_Minh') as date)`, [column]),
  ymdTextToDate: (knex, text) => knex.raw(`to_date(left(?, 8), 'YYYYMMDD')`, [text]),
  daysBetween: (knex, from, to) => knex.raw('(? - ?)', [to, from]),
};
