import type { Dialect } from './dialect.js';

export const mssqlDialect: Dialect = {
  name: 'mssql',
  // One JSON parameter instead of one parameter per value: SQL Server stops at 2,100.
  inList: (knex, column, values) => knex.raw('?? in (select value from openjson(?))', [column, JSON.stringify(values)]),
  scopeTable: (knex, pairs, alias) =>
    knex.raw(`(select * from openjson(?) with (scope_key nvarchar(200) '$[0]', scope_code nvarchar(20) '$[1]')) as ??`, [
      JSON.stringify(pairs),
      alias,
    ]),
  lateral: (knex, subquery, alias) => knex.raw('cross apply ? as ??', [subquery, alias]),
  // Style 103 is dd/mm/yyyy.
  dmyToDate: (knex, column) => knex.raw('convert(date, ??, 103)', [column]),
  // Style 112 is yyyymmdd.
  dayKey: (knex, date) => knex.raw('convert(char(8), ?, 112)', [typeof date === 'string' ? knex.raw('??', [date]) : date]),
  vietnamDay: (knex, column) => knex.raw(`cast(switchoffset(??, '+07:00') as date)`, [column]),
  ymdTextToDate: (knex, text) => knex.raw('convert(date, left(?, 8), 112)', [text]),
  daysBetween: (knex, from, to) => knex.raw('datediff(day, ?, ?)', [from, to]),
};
