import type { Knex } from 'knex';
import type { Database } from './database.js';

/**
 * The recorded unit codes a caller may see, or null for no restriction. Repositories put it into
 * the SQL of every read, so rows outside the caller's area are never selected.
 */
export type AllowedCodes = readonly string[] | null;

/** True when the caller may see no code at all: a repository may answer [] without a statement. */
export const seesNothing = (allowed: AllowedCodes): boolean => allowed !== null && allowed.length === 0;

/**
 * What a repository reads, declared by each one so that scoping is a visible decision:
 * - `records`: a department's records (dossiers, vessels, parcels, …), narrowed to the caller's
 *   area in every statement (`inArea`, or the unit coverage of a batched page);
 * - `reference`: public reference data (procedures, agencies, ports, lookups), read unscoped.
 */
export type RepositoryData = 'records' | 'reference';

/** What every sector repository shares: the knex handle, the dialect's IN list and the area filter. */
export abstract class SectorRepository {
  abstract readonly data: RepositoryData;

  constructor(protected readonly db: Database) {}

  protected get knex(): Knex {
    return this.db.knex;
  }

  protected inList(column: string, values: readonly string[] | readonly number[]): Knex.Raw {
    return this.db.dialect.inList(this.knex, column, values);
  }

  /**
   * Narrows a query to the caller's area by the record's own unit-code column. An empty area
   * matches no row (the statement still runs; see `seesNothing` to skip it).
   */
  protected inArea(query: Knex.QueryBuilder, unitColumn: string, allowed: AllowedCodes): Knex.QueryBuilder {
    return allowed === null ? query : query.where(this.inList(unitColumn, allowed));
  }
}
