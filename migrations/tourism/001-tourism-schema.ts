import type { Knex } from 'knex';
import type { Migration } from '../../subgraphs/kit/database/migrate.js';

/**
 * The tables of the department's tourism statistics system, in its own style: module prefix `DL_`
 * (du lịch), ALL-CAPS Vietnamese without diacritics, and statistics kept as tables by period
 * (`NAM`, `THANG`) where every publication of a month is its own row (`LAN` the revision number,
 * `UOC_TINH` 1 for an estimate, `NGAY_CONG_BO` the day it was published): a revision is a new row,
 * never an update. Keys are plain integers assigned by the source system; `DAXOA` is the soft-delete
 * flag; `MA_XA` is the commune (or, for Lý Sơn, district) code in force when the record was made and
 * `MA_TINH` the province code in force in the month counted.
 */
export const tourism001: Migration = {
  name: '001-tourism-schema',
  async up(knex: Knex) {
    await knex.schema.createTable('DL_LOAICSLT', (t) => {
      t.string('MA_LOAI', 2).primary();
      t.string('TEN_LOAI', 200).notNullable();
    });
    await knex.schema.createTable('DL_LOAIDIEM', (t) => {
      t.string('MA_LOAI', 3).primary();
      t.string('TEN_LOAI', 200).notNullable();
    });
    // Cơ sở lưu trú du lịch: accommodation establishments (businesses, no personal data).
    await knex.schema.createTable('DL_CSLT', (t) => {
      t.integer('CSLT_ID').primary();
      t.string('TEN_CSLT', 200).notNullable();
      t.string('MA_LOAI', 2).notNullable().references('MA_LOAI').inTable('DL_LOAICSLT');
      // 0: not star-rated (only hotels and resorts are).
      t.smallint('HANG_SAO').notNullable().defaultTo(0);
      t.integer('SO_PHONG').notNullable();
      t.integer('SO_GIUONG').notNullable();
      t.string('MA_XA', 5).notNullable();
      t.date('NGAY_CAP_PHEP').notNullable();
      // Set when the establishment stopped operating (closed, licence withdrawn).
      t.date('NGAY_NGUNG_HD').nullable();
      t.smallint('DAXOA').notNullable().defaultTo(0);
      t.index(['MA_XA', 'HANG_SAO', 'SO_PHONG', 'CSLT_ID'], 'IX_DL_CSLT_XA_SAO_PHONG');
      t.index(['MA_XA', 'NGAY_CAP_PHEP'], 'IX_DL_CSLT_XA_CAPPHEP');
    });
    // Điểm du lịch: attractions, with their ranking (XEP_HANG: 3 QG đặc biệt, 2 QG, 1 cấp tỉnh, 0 chưa).
    await knex.schema.createTable('DL_DIEMDULICH', (t) => {
      t.integer('DIEM_ID').primary();
      t.string('TEN_DIEM', 300).notNullable();
      t.string('MA_LOAI', 3).notNullable().references('MA_LOAI').inTable('DL_LOAIDIEM');
      t.smallint('XEP_HANG').notNullable().defaultTo(0);
      t.string('MA_XA', 5).notNullable();
      t.date('NGAY_CONG_NHAN').notNullable();
      t.smallint('DAXOA').notNullable().defaultTo(0);
      t.index(['MA_XA', 'XEP_HANG', 'DIEM_ID'], 'IX_DL_DIEM_XA_HANG');
    });
    // Thống kê du lịch theo tháng: one row per (province, month, publication).
    await knex.schema.createTable('DL_TK_THANG', (t) => {
      t.integer('TK_ID').primary();
      t.string('MA_TINH', 2).notNullable();
      t.smallint('NAM').notNullable();
      t.smallint('THANG').notNullable();
      // The reporting month's first and last day, as the system's period tables keep them.
      t.date('TU_NGAY').notNullable();
      t.date('DEN_NGAY').notNullable();
      t.smallint('LAN').notNullable();
      t.smallint('UOC_TINH').notNullable();
      t.date('NGAY_CONG_BO').notNullable();
      t.integer('KHACH_QT').notNullable();
      t.integer('KHACH_NOIDIA').notNullable();
      t.integer('NGAY_KHACH').notNullable();
      // Triệu đồng.
      t.decimal('DOANH_THU', 16, 1).notNullable();
      t.smallint('DAXOA').notNullable().defaultTo(0);
      t.index(['MA_TINH', 'NAM', 'THANG', 'LAN'], 'IX_DL_TK_THANG_KY_LAN');
      t.index(['MA_TINH', 'TU_NGAY', 'LAN', 'TK_ID'], 'IX_DL_TK_THANG_TUNGAY');
    });
  },
  async down(knex: Knex) {
    for (const table of ['DL_TK_THANG', 'DL_DIEMDULICH', 'DL_CSLT', 'DL_LOAIDIEM', 'DL_LOAICSLT']) await knex.schema.dropTable(table);
  },
};
