import type { Knex } from 'knex';
import type { Database } from '../../kit/database/database.js';

/**
 * The codes a caller may see (null: no restriction), as repositories take it: every lookup by id
 * or parent adds `unit column IN (codes)`, so scoping is enforced in the SQL, not afterwards.
 */
export type AreaCodes = readonly string[] | null;

/** What all land repositories share: the knex handle, the dialect and the area filter. */
export abstract class LandRepositoryBase {
  constructor(protected readonly db: Database) {}

  protected get knex(): Knex {
    return this.db.knex;
  }

  protected inList(column: string, values: readonly string[] | readonly number[]): Knex.Raw {
    return this.db.dialect.inList(this.knex, column, values);
  }

  /** Narrows a query to the caller's area; the unit column is the record's own MADVHC. */
  protected inArea(query: Knex.QueryBuilder, column: string, area: AreaCodes): Knex.QueryBuilder {
    return area === null ? query : query.where(this.inList(column, area.length ? area : ['']));
  }
}


