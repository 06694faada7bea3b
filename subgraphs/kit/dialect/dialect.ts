import type { Knex } from 'knex';

/**
 * The few places where PostgreSQL and SQL Server differ, one implementation per dialect, so that
 * repositories stay dialect-neutral. Chosen once from the knex client when the database opens.
 */
export interface Dialect {
  readonly name: 'postgres' | 'mssql';
  /**
   * `column IN (values)` with any number of values in one bind parameter: PostgreSQL rejects more
   * than 65,535 parameters a statement and SQL Server more than 2,100.
   */
  inList(knex: Knex, column: string, values: readonly string[] | readonly number[]): Knex.Raw;
  /**
   * A derived table `(scope_key, scope_code)` from pairs, bound as whole arrays or one JSON value, to
   * join records to the units of a batch: one statement answers every unit of the batch.
   */
  scopeTable(knex: Knex, pairs: ReadonlyArray<readonly [key: string, code: string]>, alias: string): Knex.Raw;
  /**
   * Joins a correlated subquery once per row of the left side, as `alias` (for "the first N rows of
   * each code"): `cross join lateral` on PostgreSQL, `cross apply` on SQL Server.
   */
  lateral(knex: Knex, subquery: Knex.QueryBuilder, alias: string): Knex.Raw;
  /** A legacy `DD/MM/YYYY` text column as a date. */
  dmyToDate(knex: Knex, column: string): Knex.Raw;
  /** A DATE expression as `YYYYMMDD` text (null stays null), to compare days stored in mixed forms. */
  dayKey(knex: Knex, date: Knex.Raw | string): Knex.Raw;
  /**
   * The Vietnam calendar day (UTC+7, no daylight saving) of a zoned timestamp column: "finished on
   * the due day" is a question about days, and a plain cast would follow the session's time zone.
   */
  vietnamDay(knex: Knex, column: string): Knex.Raw;
  /** A `yyyyMMdd…` text expression (claims XML times such as `202403150830`) as its DATE. */
  ymdTextToDate(knex: Knex, text: Knex.Raw): Knex.Raw;
  /** Whole days from one DATE expression to another (`to` − `from`). */
  daysBetween(knex: Knex, from: Knex.Raw, to: Knex.Raw): Knex.Raw;
}
