import type { Knex } from 'knex';
import type { Database } from '../kit/database/database.js';
import type { RecordedColumns } from '../kit/database/sector-repository.js';

type RecordTable = 'TAUCA' | 'TAUCA_DANGKY' | 'RAVAO_CANG' | 'VIPHAM';

/**
 * The live rows of a legacy table (DAXOA = 0) with the unit code they were recorded under as
 * `unit_code`: the commune code when the record has one (old or new), else the old district code
 * (Lý Sơn had no communes before the reform), and the day they were recorded as `recorded_key`
 * (`YYYYMMDD`): a vessel's current registration (or one registration record's first day), an event's
 * Vietnam day. Every fisheries repository
 * reads through this, so a soft-deleted row can never be returned or counted, and scoping and
 * grouping work on one column.
 */
export function live(db: Database, table: RecordTable, alias: string): Knex.QueryBuilder {
  const { knex, dialect } = db;
  const recorded =
    table === 'TAUCA_DANGKY'
      ? dialect.dayKey(knex, 'r.TUNGAY')
      : table === 'TAUCA'
      ? knex.raw('coalesce(?, concat(substring(??, 7, 4), substring(??, 4, 2), substring(??, 1, 2)))', [
          dialect.dayKey(knex, 'r.NGAYCAPLAI'),
          'r.NGAYDANGKY',
          'r.NGAYDANGKY',
          'r.NGAYDANGKY',
        ])
      : dialect.dayKey(knex, dialect.vietnamDay(knex, 'r.THOIGIAN'));
  return knex(`${table} as r`)
    .select('r.*', knex.raw('coalesce(??, ??) as ??', ['r.MAXA', 'r.MAHUYEN', 'unit_code']), knex.raw('? as ??', [recorded, 'recorded_key']))
    .where('r.DAXOA', 0)
    .as(alias);
}

/** Where a live record of `alias` was recorded, for the caller's area (`SectorRepository.inArea`). */
export const recordedIn = (alias: string): RecordedColumns => ({ unit: `${alias}.unit_code`, on: `${alias}.recorded_key`, kind: 'key' });
