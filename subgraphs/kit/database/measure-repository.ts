import type { Knex } from 'knex';
import type { IsoDate } from '../dates.js';
import type { Measures } from '../indicators/indicator-spec.js';
import type { MeasureRequest } from '../indicators/indicator.service.js';
import type { DatePeriod } from '../indicators/period.js';
import { SectorRepository } from './sector-repository.js';

/**
 * The base of a sector's one aggregate statement: sums of named measures per recorded unit code for
 * a period. Several grouped branches (a stock at the period's end, flows within it, …) are joined by
 * UNION ALL into ONE statement; each branch fills its own measures and zero for the others, and the
 * rows of one code are added up. Conditional sums are `sum(case … end)` (no FILTER), so the same SQL
 * runs on PostgreSQL and SQL Server. The codes come already narrowed to the caller's area.
 */
export abstract class MeasureRepository extends SectorRepository {
  readonly data = 'records' as const;

  /** Every measure name the branches return, in one order. */
  protected abstract readonly measureNames: readonly string[];

  /**
   * The grouped branches of one period's statement (a stock at the period's end, flows within it,
   * …), each selecting `branchColumns`: the kit joins them, and those of every period a request
   * asks about, into ONE statement. `publishedOn` is only ever set for a source with publications
   * (`IndicatorSet.publications`): read each row as published on that day.
   */
  protected abstract branches(codes: readonly string[], period: DatePeriod, publishedOn: IsoDate | null): Knex.QueryBuilder[];

  /** The measures per code for one period: one statement. */
  async measures(codes: readonly string[], period: DatePeriod): Promise<ReadonlyMap<string, Measures>> {
    return (await this.measuresOver([{ codes, period }]))[0]!;
  }

  /**
   * The measures per code for each of several periods (a series, a comparison with the year
   * before) in ONE statement: each period's branches are numbered by a `period_index` column and
   * all joined by UNION ALL.
   */
  async measuresOver(requests: readonly MeasureRequest[]): Promise<Array<ReadonlyMap<string, Measures>>> {
    const { knex } = this;
    const parts = requests.flatMap(({ codes, period, publishedOn = null }, index) => {
      if (codes.length === 0) return [];
      const branches = this.branches(codes, period, publishedOn);
      // The index is ours, an integer: written as a literal so every dialect types it alike.
      return [knex.select(knex.raw(`${index} as period_index`), 'm.*').from(knex.raw(`(${branches.map(() => '?').join(' union all ')}) as m`, branches))];
    });
    const results: Array<Map<string, Measures>> = requests.map(() => new Map());
    if (parts.length === 0) return results;
    const rows: Array<Record<string, unknown>> = await knex.select('*').from(knex.raw(`(${parts.map(() => '?').join(' union all ')}) as measures`, parts));
    const byPeriod = new Map<number, Array<Record<string, unknown>>>();
    for (const { period_index: index, ...row } of rows) {
      const list = byPeriod.get(Number(index)) ?? [];
      list.push(row);
      byPeriod.set(Number(index), list);
    }
    for (const [index, list] of byPeriod) results[index] = measuresByCode(list);
    return results;
  }

  /** `sum(case when <condition> then 1 else 0 end)`: a conditional count. */
  protected countWhen(condition: string, bindings: readonly unknown[] = []): Knex.Raw {
    return this.knex.raw(`sum(case when ${condition} then 1 else 0 end)`, bindings as Knex.RawBinding[]);
  }

  /** `sum(<column>)`, or `sum(case when <condition> then <column> else 0 end)`, times `factor`. */
  protected sumOf(column: string, condition: string | null = null, bindings: readonly unknown[] = [], factor = 1): Knex.Raw {
    const value = condition === null ? '??' : `case when ${condition} then ?? else 0 end`;
    const scaled = factor === 1 ? `sum(${value})` : `sum(${value}) * ${Number(factor)}`;
    return this.knex.raw(scaled, [...bindings, column] as Knex.RawBinding[]);
  }

  /** A branch's select list: the unit code, then every measure, zero where the branch does not count it. */
  protected branchColumns(unitColumn: string, own: Readonly<Record<string, Knex.Raw>>): Array<string | Knex.Raw> {
    return [
      `${unitColumn} as unit_code`,
      ...this.measureNames.map((name) => (own[name] ? this.knex.raw('? as ??', [own[name], name]) : this.knex.raw('0 as ??', [name]))),
    ];
  }
}

/** Turns aggregate rows `{ unit_code, <measure>: number | string }` into sums per code. */
export function measuresByCode(rows: ReadonlyArray<Record<string, unknown>>, codeColumn = 'unit_code'): Map<string, Measures> {
  const map = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const code = String(row[codeColumn]);
    const target = map.get(code) ?? {};
    for (const [name, value] of Object.entries(row)) {
      if (name !== codeColumn) target[name] = (target[name] ?? 0) + Number(value ?? 0);
    }
    map.set(code, target);
  }
  return map;
}
