import type { Knex } from 'knex';
import type { Migration } from '../../subgraphs/kit/database/migrate.js';
import { bulkInsert } from '../../subgraphs/kit/seed/bulk-insert.js';

/**
 * Two logs the real systems keep and the first schema lacked:
 * - TAUCA_DANGKY, the registry's registration records: one row per registration of a vessel (first
 *   registration, re-registration at a new address or owner), with the unit codes written on it and
 *   the days it was in force, so a fleet count as of a date uses the registration valid then;
 * - MATKETNOI_VMS, the VMS centre's signal-loss log: when a vessel at sea stopped reporting and when
 *   it reported again (empty while still silent), kept for good, unlike the position reports.
 * A database made before gets each vessel's current registration as its only record.
 */
export const fisheries002: Migration = {
  name: '002-registrations-and-signal-loss',
  async up(knex: Knex) {
    await knex.schema.createTable('TAUCA_DANGKY', (t) => {
      t.integer('ID_DANGKY').primary();
      t.integer('ID_TAU').notNullable().references('ID_TAU').inTable('TAUCA');
      t.string('SODANGKY', 20).notNullable();
      t.string('MAHUYEN', 3).nullable();
      t.string('MAXA', 5).nullable();
      // In force from TUNGAY to the day before DENNGAY (the next registration or the striking off).
      t.date('TUNGAY').notNullable();
      t.date('DENNGAY').nullable();
      t.smallint('DAXOA').notNullable().defaultTo(0);
      t.index(['ID_TAU']);
      t.index(['MAXA']);
      t.index(['MAHUYEN']);
    });
    await knex.schema.createTable('MATKETNOI_VMS', (t) => {
      t.integer('ID').primary();
      t.integer('ID_TAU').notNullable();
      t.integer('ID_THIETBI').notNullable();
      // The last report before the silence, and the first one after it.
      t.timestamp('BATDAU', { useTz: true }).notNullable();
      t.timestamp('KETTHUC', { useTz: true }).nullable();
      t.smallint('DAXOA').notNullable().defaultTo(0);
      t.index(['ID_TAU', 'BATDAU']);
    });
    const vessels: Array<{ ID_TAU: number; SODANGKY: string; MAHUYEN: string | null; MAXA: string | null; NGAYDANGKY: string; NGAYCAPLAI: unknown; NGAYXOADANGKY: unknown; DAXOA: number }> =
      await knex('TAUCA').select('ID_TAU', 'SODANGKY', 'MAHUYEN', 'MAXA', 'NGAYDANGKY', 'NGAYCAPLAI', 'NGAYXOADANGKY', 'DAXOA');
    const rows = vessels.map((v, i) => ({
      ID_DANGKY: i + 1,
      ID_TAU: v.ID_TAU,
      SODANGKY: v.SODANGKY,
      MAHUYEN: v.MAHUYEN,
      MAXA: v.MAXA,
      TUNGAY: v.NGAYCAPLAI ?? `${v.NGAYDANGKY.slice(6, 10)}-${v.NGAYDANGKY.slice(3, 5)}-${v.NGAYDANGKY.slice(0, 2)}`,
      DENNGAY: v.NGAYXOADANGKY,
      DAXOA: v.DAXOA,
    }));
    await bulkInsert(knex, 'TAUCA_DANGKY', rows);
  },
  async down(knex: Knex) {
    await knex.schema.dropTable('MATKETNOI_VMS');
    await knex.schema.dropTable('TAUCA_DANGKY');
  },
};
