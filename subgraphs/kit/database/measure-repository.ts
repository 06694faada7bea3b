import type { Knex } from 'knex';
import type { Measures } from '../indicators/indicator-spec.js';
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

  abstract measures(codes: readonly string[], period: DatePeriod): Promise<ReadonlyMap<string, Measures>>;

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

  /**
   * Runs the branches as ONE statement and adds up the rows of each code. Each branch is
   * parenthesised in a derived table: knex would otherwise put the first branch's GROUP BY after
   * the unions.
   */
  protected async unionOfBranches(branches: readonly Knex.QueryBuilder[]): Promise<Map<string, Measures>> {
    const union = this.knex.raw(`(${branches.map(() => '?').join(' union all ')}) as measures`, branches as Knex.QueryBuilder[]);
    return measuresByCode(await this.knex.select('*').from(union));
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
