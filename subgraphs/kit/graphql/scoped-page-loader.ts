import DataLoader from 'dataloader';
import { forbidden } from '../../../lib/errors.js';
import type { RequestScope } from '../context/request-scope.js';
import { MAX_BATCH } from '../loaders.js';
import { codesOf, type RecordArea, type UnitKey } from '../units/unit-directory.js';
import { parseKey, type KeyColumn, type KeyValue } from './keyset.js';
import { pageRequest, toPage } from './pagination.js';

/** One unit of a batch: its key and the recorded codes it covers (narrowed to the caller's area). */
export interface PageScope {
  readonly key: string;
  readonly codes: readonly string[];
}

/** What the batch statement of a list gets: the same for every unit of the batch. */
export interface KeysetPageArgs<Filter> {
  /** The list's own filters (period, status, …), already validated. */
  readonly filter: Filter;
  /** The page starts after this position in the list's order (a parsed cursor), or at the start. */
  readonly after: readonly KeyValue[] | null;
  /** Rows per unit, including the look-ahead row that tells a next page exists. */
  readonly limit: number;
  /** The records the caller may see: the statement puts it into its WHERE (`inArea`). */
  readonly area: RecordArea;
}

/** A row of a batched page, naming the unit of the batch it belongs to. */
export type Scoped<Row> = Row & { scope_key: string };

export interface ScopedPageLoaderOptions<Filter, Row> {
  /** The request's scope: each unit's coverage is narrowed to the caller's area before any SQL. */
  scope: RequestScope;
  /** The list's order; cursors are checked against it (see `parseKey`). */
  order: readonly KeyColumn[];
  /** A row's position in `order`, written into its cursor; must list the same columns. */
  keyOf: (row: Row) => string[];
  /** ONE statement for a page of every unit of a batch (the kit's `scopedPage`); rows name their unit. */
  load: (scopes: readonly PageScope[], args: KeysetPageArgs<Filter>) => Promise<Array<Scoped<Row>>>;
  /** ONE statement for the number of records of every unit of a batch (the kit's `scopedCount`), by unit key. */
  count: (scopes: readonly PageScope[], args: CountArgs<Filter>) => Promise<ReadonlyMap<string, number>>;
}

/** What the count statement of a list gets: the list's filters and the caller's area, no position. */
export type CountArgs<Filter> = Pick<KeysetPageArgs<Filter>, 'filter' | 'area'>;

/** The `first`/`after` arguments of a list field, as the resolver received them. */
export interface PageArguments {
  first?: number | null;
  after?: string | null;
}

const unitKeyOf = (unit: UnitKey) => `${unit.code}@${unit.validFrom}`;

/**
 * Per request, one list field on many units (e.g. `dossiers` on 13 districts): every unit asking
 * with the same arguments (filters, page size, cursor) joins one batch, answered by one statement,
 * so a dashboard of 13 districts issues as many statements as one of 2.
 */
export class ScopedPageLoader<Filter, Row> {
  /** One DataLoader per set of arguments: a batch is the units that share them. */
  private readonly loaders = new Map<string, DataLoader<UnitKey, Row[], string>>();
  /** One count DataLoader per filter. */
  private readonly counters = new Map<string, DataLoader<UnitKey, number, string>>();

  constructor(private readonly options: ScopedPageLoaderOptions<Filter, Row>) {}

  /**
   * One connection page of a unit's list. `first`/`after` are validated (BAD_USER_INPUT); `first: 0`
   * still reads the look-ahead row, so `hasNextPage` says whether the list has any row at all. A
   * caller who may see no record of the sector, or none of this unit, gets FORBIDDEN (the field is
   * null, the rest of the answer intact); a unit partly in its area lists only that part.
   */
  async page(unit: UnitKey, filter: Filter, page: PageArguments) {
    const { records, directory } = this.options.scope;
    if (records.kind === 'NONE') throw forbidden("the caller's role may not see records of this sector");
    const allowed = codesOf(records);
    if (allowed && !directory.coverageOf(unit).codes.some((code) => allowed.has(code))) {
      throw forbidden(`unit ${unit.code} is outside the caller's area`);
    }
    const request = pageRequest(page.first, page.after);
    const args: KeysetPageArgs<Filter> = { filter, after: parseKey(this.options.order, request.after), limit: request.first + 1, area: records };
    const rows = await this.loaderFor(args).load(unit);
    const counter = () => this.counterFor({ filter, area: records }).load(unit);
    // Counted only when asked for (a getter, read by the field's resolver), in one statement per batch.
    return Object.defineProperty(toPage(rows, request.first, this.options.keyOf), 'totalCount', { get: counter, enumerable: false }) as ReturnType<typeof toPage<Row>> & {
      readonly totalCount: Promise<number>;
    };
  }

  private counterFor(args: CountArgs<Filter>): DataLoader<UnitKey, number, string> {
    const key = JSON.stringify(args.filter);
    let counter = this.counters.get(key);
    if (!counter) {
      counter = new DataLoader(
        async (units) => {
          const scopes = this.scopesOf(units);
          const counts = scopes.length > 0 ? await this.options.count(scopes, args) : new Map<string, number>();
          return units.map((u) => counts.get(unitKeyOf(u)) ?? 0);
        },
        { cacheKeyFn: unitKeyOf, maxBatchSize: MAX_BATCH },
      );
      this.counters.set(key, counter);
    }
    return counter;
  }

  /** Each unit's recorded codes, narrowed to the caller's area; a unit that covers none is left out (it needs no SQL). */
  private scopesOf(units: readonly UnitKey[]): PageScope[] {
    const { directory, records } = this.options.scope;
    const allowed = codesOf(records);
    return units.map((u) => ({ key: unitKeyOf(u), codes: directory.coverageOf(u).codes.filter((c) => !allowed || allowed.has(c)) })).filter((s) => s.codes.length > 0);
  }

  private loaderFor(args: KeysetPageArgs<Filter>): DataLoader<UnitKey, Row[], string> {
    // The area is the request's, the same for every call: the rest tells one batch from another.
    const key = JSON.stringify([args.filter, args.after, args.limit]);
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader((units) => this.batch(units, args), { cacheKeyFn: unitKeyOf, maxBatchSize: MAX_BATCH });
      this.loaders.set(key, loader);
    }
    return loader;
  }

  private async batch(units: readonly UnitKey[], args: KeysetPageArgs<Filter>): Promise<Row[][]> {
    const byUnit = new Map<string, Row[]>(units.map((u) => [unitKeyOf(u), []]));
    // A unit outside the caller's area (or unknown) covers nothing: it needs no SQL at all.
    const scopes = this.scopesOf(units);
    if (scopes.length > 0) {
      for (const row of await this.options.load(scopes, args)) byUnit.get(row.scope_key)?.push(row);
    }
    return units.map((u) => byUnit.get(unitKeyOf(u))!);
  }
}

/**
 * A repository with one cursor-paginated list: its order, a row's position in it, and ONE statement
 * for a page of every unit of a batch (usually the kit's `scopedPage`).
 */
export interface PagedRepository<Filter, Row> {
  readonly pageOrder: readonly KeyColumn[];
  pageKey(row: Row): string[];
  pages(scopes: readonly PageScope[], args: KeysetPageArgs<Filter>): Promise<Array<Scoped<Row>>>;
  /** The number of records of every unit of a batch in the filtered list (usually the kit's `scopedCount`). */
  counts(scopes: readonly PageScope[], args: CountArgs<Filter>): Promise<ReadonlyMap<string, number>>;
}

/** The per-request page loader of a repository's list, narrowed to the request's scope. */
export function scopedPages<Filter, Row>(scope: RequestScope, repository: PagedRepository<Filter, Row>): ScopedPageLoader<Filter, Row> {
  return new ScopedPageLoader({
    scope,
    order: repository.pageOrder,
    keyOf: (row) => repository.pageKey(row),
    load: (scopes, args) => repository.pages(scopes, args),
    count: (scopes, args) => repository.counts(scopes, args),
  });
}
