import type { Knex } from 'knex';
import type { KeyColumn } from '../graphql/keyset.js';
import type { CountArgs, KeysetPageArgs, PagedRepository, PageScope, Scoped } from '../graphql/scoped-page-loader.js';
import { scopedCount, scopedPage, type ScopedPageQuery } from '../sql/scoped-page.js';
import { SectorRepository } from './sector-repository.js';

/**
 * A repository of one keyset-paged list of records, as a declaration: the sector says how the list
 * is filtered (`listed`, narrowed to the caller's area with `inArea`), which column holds the
 * recorded unit code, what to select and how a row becomes a record; the kit reads the first page
 * of every unit of a batch in one statement (`scopedPage`) and their totals in another
 * (`scopedCount`).
 */
export abstract class ListRepository<Filter, Row, Item> extends SectorRepository implements PagedRepository<Filter, Item> {
  readonly data = 'records' as const;
  abstract readonly pageOrder: readonly KeyColumn[];
  abstract readonly pageKey: (item: Item) => string[];

  /** The column of `listed` holding the recorded unit code, e.g. `h.MaDonVi`. */
  protected abstract readonly unitColumn: string;
  /** Columns to return, as `alias.column as name`. */
  protected abstract readonly columns: readonly string[];
  /** `window` for a unit column that is computed (no index serves it code by code); see `scopedPage`. */
  protected readonly strategy: ScopedPageQuery['strategy'] = 'per-code';

  /** The filtered records the caller may see (no select, order or limit). */
  protected abstract listed(args: CountArgs<Filter>): Knex.QueryBuilder;
  protected abstract toItem(row: Row, args: KeysetPageArgs<Filter>): Item;

  /** The first page of the list for every unit of a batch, in one statement. */
  async pages(scopes: readonly PageScope[], args: KeysetPageArgs<Filter>): Promise<Array<Scoped<Item>>> {
    const rows = await scopedPage<Row>({
      knex: this.knex,
      dialect: this.db.dialect,
      base: this.listed(args),
      unitColumn: this.unitColumn,
      strategy: this.strategy,
      scopes,
      columns: this.columns,
      order: this.pageOrder,
      after: args.after,
      limit: args.limit,
    });
    return rows.map((r) => ({ ...this.toItem(r, args), scope_key: r.scope_key }));
  }

  /** How many records each unit of a batch has in the list, in one statement (a connection's `totalCount`). */
  counts(scopes: readonly PageScope[], args: CountArgs<Filter>): Promise<ReadonlyMap<string, number>> {
    return scopedCount({ knex: this.knex, dialect: this.db.dialect, base: this.listed(args), unitColumn: this.unitColumn, scopes });
  }
}
