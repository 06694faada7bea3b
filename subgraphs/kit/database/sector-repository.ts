import type { Knex } from 'knex';
import { addDays, startOfVietnamDay, type IsoDate } from '../dates.js';
import type { RecordArea } from '../units/unit-directory.js';
import type { Database } from './database.js';

/** True when the caller may see no record at all: a repository may answer [] without a statement. */
export const seesNothing = (area: RecordArea): boolean => area.kind === 'NONE' || (area.kind === 'WINDOWS' && area.windows.length === 0);

/**
 * Where a table says where and when a record was recorded: the unit-code column and the day the
 * record was made, which the caller's area bounds for codes reused across the 2025 reform.
 * - `instant`: a zoned timestamp column (compared at Vietnam midnight);
 * - `date`: a DATE column or an expression giving a date;
 * - `dmy`: a legacy `DD/MM/YYYY` text column (compared as text, so an unreadable one never fails);
 * - `key`: a column or expression already giving the day as `YYYYMMDD` text (see `Dialect.dayKey`).
 */
export interface RecordedColumns {
  readonly unit: string;
  readonly on: string;
  readonly kind: 'instant' | 'date' | 'dmy' | 'key';
}

/**
 * What a repository reads, declared by each one so that scoping is a visible decision:
 * - `records`: a department's records (dossiers, vessels, parcels, …), narrowed to the caller's
 *   area in every statement (`inArea`);
 * - `reference`: public reference data (procedures, agencies, ports, lookups), read unscoped;
 * - `audit`: the hub's own audit trail, readable by auditors only (checked by its service).
 */
export type RepositoryData = 'records' | 'reference' | 'audit';

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
   * Narrows a query to the records the caller may see, in its SQL: the record's unit code in the
   * area, and for a code the area holds in one era only, the record's day in that era. No area
   * matches no row (the statement still runs; see `seesNothing` to skip it).
   */
  protected inArea(query: Knex.QueryBuilder, recorded: RecordedColumns, area: RecordArea): Knex.QueryBuilder {
    if (area.kind === 'ALL') return query;
    if (seesNothing(area) || area.kind === 'NONE') return query.whereRaw('1 = 0');
    return query.where((any) => {
      for (const window of area.windows) {
        any.orWhere((one) => {
          one.where(this.inList(recorded.unit, window.codes));
          if (window.from !== null) one.where(this.dayOf(recorded), '>=', this.bound(recorded, window.from));
          if (window.to !== null) one.where(this.dayOf(recorded), '<', this.bound(recorded, addDays(window.to, 1)));
        });
      }
    });
  }

  private dayOf(recorded: RecordedColumns): Knex.Raw {
    // DD/MM/YYYY as YYYYMMDD with functions both PostgreSQL and SQL Server have.
    if (recorded.kind === 'dmy') return this.knex.raw('concat(substring(??, 7, 4), substring(??, 4, 2), substring(??, 1, 2))', [recorded.on, recorded.on, recorded.on]);
    return this.knex.raw('??', [recorded.on]);
  }

  private bound(recorded: RecordedColumns, day: IsoDate): string | Date {
    if (recorded.kind === 'instant') return startOfVietnamDay(day);
    return recorded.kind === 'dmy' || recorded.kind === 'key' ? day.replace(/-/g, '') : day;
  }
}
