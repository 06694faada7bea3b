import type { Knex } from 'knex';
import type { Migration } from '../../subgraphs/kit/database/migrate.js';

/**
 * The fishing-vessel registry and VMS mirror as the fisheries sub-department's system names it:
 * ALL-CAPS without diacritics, codes as zero-padded strings, lookup tables (DM_…), a DAXOA soft-delete
 * flag, and the first registration date kept as DD/MM/YYYY text the way the old registry typed it.
 * Like the VMS and port-check feeds it mirrors, the event tables (RAVAO_CANG, BANTIN_VITRI, VIPHAM)
 * carry no foreign keys: the feeds are loaded as they come.
 * Records carry the owner's unit code in force when the record was made: old district (MAHUYEN)
 * and commune (MAXA) codes before 2025-07-01, the new commune code (MAXA only) from then on.
 */
export const fisheries001: Migration = {
  name: '001-fisheries',
  async up(knex: Knex) {
    await knex.schema.createTable('DM_NHOMCHIEUDAI', (t) => {
      t.string('MANHOM', 2).primary();
      t.string('TENNHOM', 100).notNullable();
      t.decimal('TU_M', 5, 2).notNullable();
      t.decimal('DEN_M', 5, 2).nullable();
    });
    await knex.schema.createTable('DM_CANGCA', (t) => {
      t.string('MACANG', 4).primary();
      t.string('TENCANG', 200).notNullable();
      t.string('MAHUYEN', 3).nullable();
      t.string('MAXA', 5).nullable();
      t.smallint('DAXOA').notNullable().defaultTo(0);
    });
    await knex.schema.createTable('DM_LOAIRAVAO', (t) => {
      t.string('MALOAI', 2).primary();
      t.string('TENLOAI', 100).notNullable();
    });
    await knex.schema.createTable('DM_LOAIVIPHAM', (t) => {
      t.string('MALOAI', 2).primary();
      t.string('TENLOAI', 200).notNullable();
    });
    await knex.schema.createTable('TAUCA', (t) => {
      t.integer('ID_TAU').primary();
      t.string('SODANGKY', 20).notNullable();
      t.string('TENTAU', 100).nullable();
      t.decimal('CHIEUDAI', 5, 2).notNullable();
      t.string('NHOMCHIEUDAI', 2).notNullable().references('MANHOM').inTable('DM_NHOMCHIEUDAI');
      t.decimal('CONGSUAT_KW', 7, 1).nullable();
      t.string('CANGCA', 4).nullable().references('MACANG').inTable('DM_CANGCA');
      t.string('CHUTAU', 100).notNullable();
      t.string('CCCD_CHUTAU', 12).nullable();
      t.string('SDT_CHUTAU', 15).nullable();
      t.string('MAHUYEN', 3).nullable();
      t.string('MAXA', 5).nullable();
      // First registration, as the registry always typed it: 'DD/MM/YYYY'.
      t.string('NGAYDANGKY', 10).notNullable();
      // The current registration record when the vessel was re-registered (new owner, new address).
      t.date('NGAYCAPLAI').nullable();
      t.date('NGAYXOADANGKY').nullable();
      t.smallint('DAXOA').notNullable().defaultTo(0);
      t.index(['SODANGKY']);
      t.index(['MAHUYEN']);
      t.index(['MAXA']);
    });
    await knex.schema.createTable('THIETBI_VMS', (t) => {
      t.integer('ID_THIETBI').primary();
      t.integer('ID_TAU').notNullable().references('ID_TAU').inTable('TAUCA');
      t.string('SERIAL', 30).notNullable();
      t.string('NHACUNGCAP', 100).notNullable();
      t.date('NGAYLAP').notNullable();
      t.date('NGAYGO').nullable();
      t.smallint('DAXOA').notNullable().defaultTo(0);
      t.index(['ID_TAU']);
    });
    await knex.schema.createTable('BANTIN_VITRI', (t) => {
      t.bigInteger('ID').primary();
      t.integer('ID_TAU').notNullable();
      t.integer('ID_THIETBI').notNullable();
      t.timestamp('THOIGIAN', { useTz: true }).notNullable();
      t.decimal('VIDO', 9, 6).notNullable();
      t.decimal('KINHDO', 9, 6).notNullable();
      t.decimal('VANTOC', 5, 1).notNullable();
      t.smallint('HUONG').notNullable();
      t.index(['ID_TAU', 'THOIGIAN']);
    });
    await knex.schema.createTable('RAVAO_CANG', (t) => {
      t.integer('ID').primary();
      t.integer('ID_TAU').notNullable();
      t.string('MACANG', 4).notNullable();
      t.string('LOAI', 2).notNullable();
      t.timestamp('THOIGIAN', { useTz: true }).notNullable();
      t.smallint('SOTHUYENVIEN').nullable();
      t.decimal('SANLUONG_KG', 10, 1).nullable();
      t.string('MAHUYEN', 3).nullable();
      t.string('MAXA', 5).nullable();
      t.smallint('DAXOA').notNullable().defaultTo(0);
      t.index(['ID_TAU', 'THOIGIAN']);
      t.index(['THOIGIAN']);
    });
    await knex.schema.createTable('VIPHAM', (t) => {
      t.integer('ID_VIPHAM').primary();
      t.integer('ID_TAU').notNullable();
      t.string('MALOAI', 2).notNullable();
      t.timestamp('THOIGIAN', { useTz: true }).notNullable();
      t.decimal('VIDO', 9, 6).nullable();
      t.decimal('KINHDO', 9, 6).nullable();
      t.string('SOBIENBAN', 30).nullable();
      t.decimal('MUCPHAT', 14, 0).nullable();
      t.string('NOIDUNG', 500).nullable();
      t.string('MAHUYEN', 3).nullable();
      t.string('MAXA', 5).nullable();
      t.smallint('DAXOA').notNullable().defaultTo(0);
      t.index(['ID_TAU', 'THOIGIAN']);
      t.index(['THOIGIAN']);
    });
  },
  async down(knex: Knex) {
    for (const table of ['VIPHAM', 'RAVAO_CANG', 'BANTIN_VITRI', 'THIETBI_VMS', 'TAUCA', 'DM_LOAIVIPHAM', 'DM_LOAIRAVAO', 'DM_CANGCA', 'DM_NHOMCHIEUDAI']) {
      await knex.schema.dropTable(table);
    }
  },
};
