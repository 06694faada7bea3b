import type { Knex } from 'knex';
import type { KeyColumn } from '../graphql/keyset.js';
import { keysetOrderBy } from './keyset-sql.js';

const RANK = 'rank_in_parent';

/**
 * The first `first` rows of each parent in `order` (a vessel's newest port calls, its last position
 * report, …) for a whole batch of parents in ONE statement: the rows are numbered per parent with a
 * window function and only the first ones kept, ordered by parent then rank. `base` is the filtered,
 * selected query over the child rows; the rank column is dropped from the answer.
 */
export async function firstPerParent<Row>(knex: Knex, base: Knex.QueryBuilder, parentColumn: string, order: readonly KeyColumn[], first: number): Promise<Row[]> {
  const ranked = base
    .clone()
    .select(knex.raw(`row_number() over (partition by ?? order by ${keysetOrderBy(knex, order)}) as ??`, [parentColumn, RANK]))
    .as('ranked');
  const rows: Array<Row & Record<string, unknown>> = await knex.select('*').from(ranked).where(RANK, '<=', first).orderBy(RANK);
  for (const row of rows) delete row[RANK];
  return rows;
}
