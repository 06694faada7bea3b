import type { Knex } from 'knex';
import type { Migration } from '../../subgraphs/kit/database/migrate.js';

/**
 * The cadastral tables of the province's land information system, named the way MPLIS names them
 * (module prefix `DC_` for địa chính, ALL-CAPS Vietnamese without diacritics). Keys are plain
 * integers assigned by the source system, not identity columns, so the same seed loads on every
 * dialect. `DAXOA` is the system's soft-delete flag (1 = deleted); `MADVHC` is the administrative
 * unit code in force when the record was made.
 */
export const land001: Migration = {
  name: '001-land-schema',
  async up(knex: Knex) {
    await knex.schema.createTable('DC_MUCDICHSUDUNG', (t) => {
      t.string('MAMDSD', 10).primary();
      t.string('TENMDSD', 200).notNullable();
      // NNP nông nghiệp, PNN phi nông nghiệp, CSD chưa sử dụng.
      t.string('MANHOMDAT', 3).notNullable();
      t.smallint('DAXOA').notNullable().defaultTo(0);
    });
    await knex.schema.createTable('DC_HINHTHUCCAP', (t) => {
      t.string('MAHINHTHUC', 2).primary();
      t.string('TENHINHTHUC', 200).notNullable();
    });
    await knex.schema.createTable('DC_LOAIBIENDONG', (t) => {
      t.string('MALOAIBIENDONG', 2).primary();
      t.string('TENLOAIBIENDONG', 200).notNullable();
      t.integer('SONGAYGIAIQUYET').notNullable();
    });
    await knex.schema.createTable('DC_TRANGTHAITRANHCHAP', (t) => {
      t.string('MATRANGTHAI', 2).primary();
      t.string('TENTRANGTHAI', 200).notNullable();
    });
    await knex.schema.createTable('DC_CHUSUDUNG', (t) => {
      t.integer('CHUSUDUNGID').primary();
      // HGD hộ gia đình, cá nhân; TCK tổ chức.
      t.string('LOAICHU', 3).notNullable();
      t.string('HOTEN', 200).notNullable();
      t.string('SOGIAYTO', 20).notNullable();
      t.smallint('DAXOA').notNullable().defaultTo(0);
    });
    await knex.schema.createTable('DC_THUADAT', (t) => {
      t.integer('THUADATID').primary();
      t.string('MADVHC', 5).notNullable();
      t.integer('SOHIEUTOBANDO').notNullable();
      t.integer('SOTHUTUTHUA').notNullable();
      t.decimal('DIENTICH', 14, 1).notNullable();
      t.string('MAMDSD', 10).notNullable().references('MAMDSD').inTable('DC_MUCDICHSUDUNG');
      // Kept as DD/MM/YYYY text from the paper register (sổ địa chính) the system was migrated from.
      t.string('NGAYVAOSO', 10).notNullable();
      // Set when the parcel stops being current (re-surveyed, split or merged into new parcels).
      t.date('NGAYHETHIEULUC').nullable();
      t.smallint('DAXOA').notNullable().defaultTo(0);
      t.index(['MADVHC', 'SOHIEUTOBANDO', 'SOTHUTUTHUA'], 'IX_DC_THUADAT_DVHC_TO_THUA');
      t.index(['MAMDSD'], 'IX_DC_THUADAT_MDSD');
    });
    await knex.schema.createTable('DC_DANGKYBIENDONG', (t) => {
      t.integer('DANGKYBIENDONGID').primary();
      t.integer('THUADATID').notNullable().references('THUADATID').inTable('DC_THUADAT');
      t.string('MADVHC', 5).notNullable();
      t.string('MALOAIBIENDONG', 2).notNullable().references('MALOAIBIENDONG').inTable('DC_LOAIBIENDONG');
      t.date('NGAYNHAN').notNullable();
      t.date('NGAYHENTRA').notNullable();
      t.date('NGAYHOANTHANH').nullable();
      t.smallint('DAXOA').notNullable().defaultTo(0);
      t.index(['MADVHC', 'NGAYNHAN'], 'IX_DC_DKBD_DVHC_NHAN');
      t.index(['MADVHC', 'NGAYHOANTHANH'], 'IX_DC_DKBD_DVHC_HOANTHANH');
      t.index(['THUADATID'], 'IX_DC_DKBD_THUA');
    });
    await knex.schema.createTable('DC_GIAYCHUNGNHAN', (t) => {
      t.integer('GIAYCHUNGNHANID').primary();
      t.integer('THUADATID').notNullable().references('THUADATID').inTable('DC_THUADAT');
      t.integer('CHUSUDUNGID').notNullable().references('CHUSUDUNGID').inTable('DC_CHUSUDUNG');
      // The change registration a re-issue came from; null for a first issue.
      t.integer('DANGKYBIENDONGID').nullable().references('DANGKYBIENDONGID').inTable('DC_DANGKYBIENDONG');
      t.string('MADVHC', 5).notNullable();
      t.string('SOPHATHANH', 20).notNullable();
      t.string('SOVAOSO', 20).notNullable();
      t.date('NGAYCAP').notNullable();
      t.string('MAHINHTHUC', 2).notNullable().references('MAHINHTHUC').inTable('DC_HINHTHUCCAP');
      t.smallint('DAXOA').notNullable().defaultTo(0);
      t.index(['MADVHC', 'NGAYCAP'], 'IX_DC_GCN_DVHC_NGAYCAP');
      t.index(['THUADATID'], 'IX_DC_GCN_THUA');
      t.index(['SOPHATHANH'], 'IX_DC_GCN_SOPHATHANH');
    });
    await knex.schema.createTable('DC_TRANHCHAP', (t) => {
      t.integer('TRANHCHAPID').primary();
      t.integer('THUADATID').notNullable().references('THUADATID').inTable('DC_THUADAT');
      t.string('MADVHC', 5).notNullable();
      t.string('NOIDUNG', 500).notNullable();
      t.date('NGAYTIEPNHAN').notNullable();
      t.date('NGAYKETTHUC').nullable();
      t.string('MATRANGTHAI', 2).notNullable().references('MATRANGTHAI').inTable('DC_TRANGTHAITRANHCHAP');
      t.smallint('DAXOA').notNullable().defaultTo(0);
      t.index(['MADVHC', 'NGAYTIEPNHAN'], 'IX_DC_TRANHCHAP_DVHC_NHAN');
      t.index(['THUADATID'], 'IX_DC_TRANHCHAP_THUA');
    });
  },
  async down(knex: Knex) {
    for (const table of [
      'DC_TRANHCHAP',
      'DC_GIAYCHUNGNHAN',
      'DC_DANGKYBIENDONG',
      'DC_THUADAT',
      'DC_CHUSUDUNG',
      'DC_TRANGTHAITRANHCHAP',
      'DC_LOAIBIENDONG',
      'DC_HINHTHUCCAP',
      'DC_MUCDICHSUDUNG',
    ]) {
      await knex.schema.dropTable(table);
    }
  },
};
