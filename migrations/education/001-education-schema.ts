import type { Knex } from 'knex';
import type { Migration } from '../../subgraphs/kit/database/migrate.js';

/**
 * The school database of the provincial education department, named the way its system names it:
 * mixed Vietnamese abbreviations in capitals (`TRUONG`, `MA_TRUONG`, `CAP_HOC`, `HOC_SINH`), codes as
 * zero-padded strings in lookup tables (DM_…), a DAXOA soft-delete flag (1 = deleted), and two dates
 * typed as DD/MM/YYYY text the way the first version of the system took them (a school's founding
 * date, a student's birth date). Keys are integers or codes assigned by the system, not identity
 * columns, so the same seed loads on every dialect.
 *
 * Where a school sits: the old district (MA_HUYEN) and commune (MA_XA) codes it was recorded under
 * before the 2025 reform (Lý Sơn had no communes: MA_XA empty), and the new commune code (MA_XA_MOI)
 * the department added for every school still open on 2025-07-01. Classes, students and teachers
 * carry no unit code of their own: their unit is their school's on the day asked about.
 */
export const education001: Migration = {
  name: '001-education-schema',
  async up(knex: Knex) {
    await knex.schema.createTable('DM_TRINH_DO_DT', (t) => {
      t.string('MA_TRINH_DO', 2).primary();
      t.string('TEN_TRINH_DO', 100).notNullable();
      // Rank: a teacher meets the level's standard when BAC is at least the standard's.
      t.smallint('BAC').notNullable();
    });
    await knex.schema.createTable('DM_CAP_HOC', (t) => {
      t.string('MA_CAP_HOC', 2).primary();
      t.string('TEN_CAP_HOC', 100).notNullable();
      t.smallint('KHOI_TU').notNullable();
      t.smallint('KHOI_DEN').notNullable();
      t.string('MA_TRINH_DO_CHUAN', 2).notNullable().references('MA_TRINH_DO').inTable('DM_TRINH_DO_DT');
    });
    await knex.schema.createTable('DM_LOAI_HINH', (t) => {
      t.string('MA_LOAI_HINH', 2).primary();
      t.string('TEN_LOAI_HINH', 100).notNullable();
    });
    await knex.schema.createTable('DM_TRANG_THAI_HS', (t) => {
      t.string('MA_TRANG_THAI', 2).primary();
      t.string('TEN_TRANG_THAI', 100).notNullable();
    });
    // One row per school year the department has opened (khai giảng to tổng kết).
    await knex.schema.createTable('DM_NAM_HOC', (t) => {
      t.string('NAM_HOC', 9).primary();
      t.date('NGAY_BAT_DAU').notNullable();
      t.date('NGAY_KET_THUC').notNullable();
    });
    await knex.schema.createTable('TRUONG', (t) => {
      t.string('MA_TRUONG', 8).primary();
      t.string('TEN_TRUONG', 200).notNullable();
      t.string('CAP_HOC', 2).notNullable().references('MA_CAP_HOC').inTable('DM_CAP_HOC');
      t.string('LOAI_HINH', 2).notNullable().references('MA_LOAI_HINH').inTable('DM_LOAI_HINH');
      t.string('DIA_CHI', 300).nullable();
      t.string('MA_HUYEN', 3).nullable();
      t.string('MA_XA', 5).nullable();
      t.string('MA_XA_MOI', 5).nullable();
      // As the first version of the system typed it: 'DD/MM/YYYY'.
      t.string('NGAY_THANH_LAP', 10).notNullable();
      // Closed or merged into another school (sáp nhập, giải thể).
      t.date('NGAY_GIAI_THE').nullable();
      // National standard (trường đạt chuẩn quốc gia): 0 not recognised, else the level (mức độ 1, 2) of the latest decision.
      t.smallint('DAT_CHUAN_QG').notNullable().defaultTo(0);
      t.date('NGAY_CONG_NHAN_CQG').nullable();
      t.smallint('DAXOA').notNullable().defaultTo(0);
      t.index(['MA_XA'], 'IX_TRUONG_XA');
      t.index(['MA_HUYEN'], 'IX_TRUONG_HUYEN');
      t.index(['MA_XA_MOI'], 'IX_TRUONG_XA_MOI');
    });
    await knex.schema.createTable('LOP', (t) => {
      t.integer('ID_LOP').primary();
      t.string('MA_TRUONG', 8).notNullable().references('MA_TRUONG').inTable('TRUONG');
      t.string('NAM_HOC', 9).notNullable().references('NAM_HOC').inTable('DM_NAM_HOC');
      t.string('TEN_LOP', 30).notNullable();
      // Grade 1–12; for a kindergarten class the children's age group (3, 4, 5).
      t.smallint('KHOI').notNullable();
      t.smallint('DAXOA').notNullable().defaultTo(0);
      t.index(['NAM_HOC', 'MA_TRUONG'], 'IX_LOP_NAMHOC_TRUONG');
    });
    await knex.schema.createTable('HOC_SINH', (t) => {
      t.integer('ID_HS').primary();
      // The ministry's student code (mã học sinh), ten digits.
      t.string('MA_HS', 10).notNullable();
      t.string('HO_TEN', 100).notNullable();
      t.string('NGAY_SINH', 10).notNullable();
      // 1 nam, 2 nữ.
      t.smallint('GIOI_TINH').notNullable();
      // Personal identification number (mã định danh cá nhân), when the family has declared it.
      t.string('MA_DINH_DANH', 12).nullable();
      t.smallint('DAXOA').notNullable().defaultTo(0);
      t.index(['MA_HS'], 'IX_HOC_SINH_MA');
    });
    // A student on the roll of a class for its school year; a new row every school year.
    await knex.schema.createTable('HOC_SINH_LOP', (t) => {
      t.integer('ID').primary();
      t.integer('ID_HS').notNullable().references('ID_HS').inTable('HOC_SINH');
      t.integer('ID_LOP').notNullable().references('ID_LOP').inTable('LOP');
      t.date('NGAY_VAO_LOP').notNullable();
      t.string('TRANG_THAI', 2).notNullable().references('MA_TRANG_THAI').inTable('DM_TRANG_THAI_HS');
      // The day the status changed (dropped out, transferred away); empty while on the roll.
      t.date('NGAY_THAY_DOI').nullable();
      t.smallint('DAXOA').notNullable().defaultTo(0);
      t.index(['ID_LOP'], 'IX_HSL_LOP');
      t.index(['ID_HS'], 'IX_HSL_HS');
      t.index(['TRANG_THAI', 'NGAY_THAY_DOI'], 'IX_HSL_TRANGTHAI');
    });
    await knex.schema.createTable('GIAO_VIEN', (t) => {
      t.integer('ID_GV').primary();
      t.string('MA_GV', 10).notNullable();
      t.string('HO_TEN', 100).notNullable();
      t.smallint('GIOI_TINH').notNullable();
      t.string('MA_TRUONG', 8).notNullable().references('MA_TRUONG').inTable('TRUONG');
      t.string('MA_TRINH_DO', 2).notNullable().references('MA_TRINH_DO').inTable('DM_TRINH_DO_DT');
      // Secondary teachers teach one subject; preschool and primary teachers most subjects of their class.
      t.string('MON_DAY', 50).nullable();
      // Employment at this school: from NGAY_VAO_LAM, until the day before NGAY_NGHI.
      t.date('NGAY_VAO_LAM').notNullable();
      t.date('NGAY_NGHI').nullable();
      t.smallint('DAXOA').notNullable().defaultTo(0);
      t.index(['MA_TRUONG'], 'IX_GIAO_VIEN_TRUONG');
    });
  },
  async down(knex: Knex) {
    for (const table of ['GIAO_VIEN', 'HOC_SINH_LOP', 'HOC_SINH', 'LOP', 'TRUONG', 'DM_NAM_HOC', 'DM_TRANG_THAI_HS', 'DM_LOAI_HINH', 'DM_CAP_HOC', 'DM_TRINH_DO_DT']) {
      await knex.schema.dropTable(table);
    }
  },
};
