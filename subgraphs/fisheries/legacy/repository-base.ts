import type { Knex } from 'knex';
import type { Database } from '../../kit/database/database.js';

/**
 * The recorded unit codes a caller may see, or null for the whole province; repositories put it
 * into the SQL of every read, so rows outside the caller's area are never selected.
 */
export type AllowedCodes = readonly string[] | null;

/** What every fisheries repository shares: the knex handle and the scoping and IN-list helpers. */
export abstract class FisheriesRepositoryBase {
  constructor(protected readonly db: Database) {}

  protected get knex(): Knex {
    return this.db.knex;
  }

  protected inList(column: string, values: readonly string[] | readonly number[]): Knex.Raw {
    return this.db.dialect.inList(this.knex, column, values);
  }

  /** Narrows a query to the caller's area by the recorded unit code column. */
  protected inArea(query: Knex.QueryBuilder, unitColumn: string, allowed: AllowedCodes): Knex.QueryBuilder {
    return allowed === null ? query : query.where(this.inList(unitColumn, allowed));
  }
}
