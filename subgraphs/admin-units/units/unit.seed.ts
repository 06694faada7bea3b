import type { Knex } from 'knex';
import type { Seeder } from '../../kit/database/seed-state.js';
import { toIsoDate } from '../../kit/dates.js';
import { foldVietnamese } from '../../kit/text.js';
import { referenceData } from '../../../reference/admin-units/reference-units.js';
import type { AdminLevelName } from './unit.model.js';

const LEVELS: AdminLevelName[] = ['PROVINCE', 'DISTRICT', 'COMMUNE'];
// 8 columns a row: 200 rows stay under SQL Server's 2,100 parameters a statement.
const CHUNK = 200;

/**
 * Loads the shipped reference units (reference/admin-units/units.json, see SOURCE.md) level by
 * level, so each version's parent is the version of the parent code in force when it started.
 */
export const seedUnits: Seeder = async (db) => {
  const { units, lineage } = referenceData;
  await db.knex.transaction(async (trx) => {
    const ids = new Map<string, Array<{ id: number; validFrom: string; validTo: string | null }>>();
    const idOf = (code: string, day: string): number => {
      const match = ids.get(code)?.find((v) => v.validFrom <= day && (v.validTo === null || v.validTo >= day));
      if (!match) throw new Error(`reference data: no version of ${code} on ${day}`);
      return match.id;
    };
    for (const level of LEVELS) {
      const rows = units
        .filter((u) => u.level === level)
        .map((u) => ({
          code: u.code,
          name: u.name,
          name_search: foldVietnamese(u.name),
          type: u.type,
          level: u.level,
          valid_from: u.validFrom,
          valid_to: u.validTo,
          parent_id: u.parentCode === null ? null : idOf(u.parentCode, u.validFrom),
        }));
      await trx.batchInsert('admin_unit', rows, CHUNK);
      await remember(trx, level, ids);
    }
    const edges = lineage.map((l) => ({
      predecessor_id: idOf(l.predecessorCode, l.predecessorValidFrom),
      successor_id: idOf(l.successorCode, l.successorValidFrom),
      kind: l.kind,
    }));
    await trx.batchInsert('admin_unit_lineage', edges, CHUNK);
  });
};

async function remember(
  trx: Knex.Transaction,
  level: AdminLevelName,
  ids: Map<string, Array<{ id: number; validFrom: string; validTo: string | null }>>,
): Promise<void> {
  const rows: Array<{ id: number; code: string; valid_from: string | Date; valid_to: string | Date | null }> = await trx('admin_unit')
    .select('id', 'code', 'valid_from', 'valid_to')
    .where('level', level);
  for (const r of rows) {
    const list = ids.get(r.code) ?? [];
    list.push({ id: Number(r.id), validFrom: toIsoDate(r.valid_from), validTo: toIsoDate(r.valid_to) });
    ids.set(r.code, list);
  }
}
