import type { Knex } from 'knex';
import type { Migration } from '../../subgraphs/kit/database/migrate.js';

/**
 * The tables of the provincial health information system, in the Ministry of Health's field codes
 * (ALL-CAPS with underscores, as in the claims XML of Decision 130/QĐ-BYT): the facility directory
 * (DM_CSKCB), claims table 1 (XML1_TONG_HOP, one row per treatment episode, patient fields inline
 * as the XML carries them), the weekly notifiable disease report (BC_TUAN_BTN) and the immunisation
 * register (TC_DOI_TUONG, TC_MUI_TIEM, TC_KE_HOACH). Keys are assigned by the source systems, not
 * identity columns, so the same seed loads on every dialect. `DAXOA` is the soft-delete flag
 * (1 = deleted); unit codes are the code in force on the day the row was made.
 */
export const health001: Migration = {
  name: '001-health-schema',
  async up(knex: Knex) {
    await knex.schema.createTable('DM_TUYEN', (t) => {
      t.string('MA_TUYEN', 1).primary();
      t.string('TEN_TUYEN', 100).notNullable();
    });
    await knex.schema.createTable('DM_LOAI_KCB', (t) => {
      t.string('MA_LOAI_KCB', 2).primary();
      t.string('TEN_LOAI_KCB', 100).notNullable();
      // 1: inpatient care (a bed is occupied); 0: outpatient.
      t.smallint('NOI_TRU').notNullable();
    });
    await knex.schema.createTable('DM_BENH_ICD10', (t) => {
      t.string('MA_BENH', 10).primary();
      t.string('TEN_BENH', 255).notNullable();
    });
    await knex.schema.createTable('DM_NHOM_BENH_TN', (t) => {
      t.string('MA_NHOM_BENH', 10).primary();
      t.string('TEN_NHOM_BENH', 100).notNullable();
      t.string('MA_ICD', 20).notNullable();
    });
    await knex.schema.createTable('DM_VACXIN', (t) => {
      t.string('MA_VACXIN', 20).primary();
      t.string('TEN_VACXIN', 200).notNullable();
      // Doses of this vaccine a child under one needs to count as fully immunised.
      t.smallint('SO_MUI_TCDD').notNullable();
    });
    await knex.schema.createTable('DM_CSKCB', (t) => {
      t.string('MA_CSKCB', 5).primary();
      t.string('TEN_CSKCB', 255).notNullable();
      t.string('MA_TUYEN', 1).notNullable().references('MA_TUYEN').inTable('DM_TUYEN');
      // The unit the facility was registered under: its commune, or the old district for a district health centre.
      t.string('MA_DVHC', 5).notNullable();
      t.date('NGAY_HOAT_DONG').notNullable();
      // The first day it no longer operated (merged, closed); null while it operates.
      t.date('NGAY_NGUNG_HD').nullable();
      t.integer('SO_GIUONG_KH').notNullable();
      t.integer('SO_GIUONG_TK').notNullable();
      t.smallint('DAXOA').notNullable().defaultTo(0);
      t.index(['MA_DVHC', 'MA_TUYEN', 'MA_CSKCB'], 'IX_DM_CSKCB_DVHC');
    });
    await knex.schema.createTable('XML1_TONG_HOP', (t) => {
      t.string('MA_LK', 100).primary();
      t.string('HO_TEN', 255).notNullable();
      t.string('SO_CCCD', 15).nullable();
      // yyyyMMdd, as the XML writes it.
      t.string('NGAY_SINH', 8).notNullable();
      t.smallint('GIOI_TINH').notNullable();
      t.string('MAXA_CU_TRU', 5).notNullable();
      t.string('MA_BENH_CHINH', 10).notNullable();
      // Secondary diagnoses, ICD-10 codes separated by ';'.
      t.string('MA_BENH_KT', 100).nullable();
      t.string('MA_CSKCB', 5).notNullable().references('MA_CSKCB').inTable('DM_CSKCB');
      t.string('MA_LOAI_KCB', 2).notNullable().references('MA_LOAI_KCB').inTable('DM_LOAI_KCB');
      // yyyyMMddHHmm in Vietnam time, as the XML writes it: compared as text, ordered as text.
      t.string('NGAY_VAO', 12).notNullable();
      t.string('NGAY_RA', 12).notNullable();
      t.smallint('DAXOA').notNullable().defaultTo(0);
      t.index(['MAXA_CU_TRU', 'NGAY_VAO', 'MA_LK'], 'IX_XML1_MAXA_NGAYVAO');
      t.index(['MA_CSKCB', 'NGAY_VAO'], 'IX_XML1_CSKCB_NGAYVAO');
    });
    await knex.schema.createTable('BC_TUAN_BTN', (t) => {
      t.integer('ID').primary();
      t.string('MAXA', 5).notNullable();
      // ISO year and week; the week runs TU_NGAY (Monday) to DEN_NGAY (Sunday), the day it is reported.
      t.smallint('NAM').notNullable();
      t.smallint('TUAN').notNullable();
      t.date('TU_NGAY').notNullable();
      t.date('DEN_NGAY').notNullable();
      t.string('MA_NHOM_BENH', 10).notNullable().references('MA_NHOM_BENH').inTable('DM_NHOM_BENH_TN');
      t.integer('SO_MAC').notNullable();
      t.integer('SO_TU_VONG').notNullable();
      t.smallint('DAXOA').notNullable().defaultTo(0);
      t.index(['MAXA', 'DEN_NGAY', 'ID'], 'IX_BC_TUAN_BTN_MAXA_DENNGAY');
    });
    await knex.schema.createTable('TC_DOI_TUONG', (t) => {
      t.string('MA_DOI_TUONG', 12).primary();
      t.string('HO_TEN', 255).notNullable();
      t.date('NGAY_SINH').notNullable();
      t.smallint('GIOI_TINH').notNullable();
      // Personal identification number given at birth registration; null until registered.
      t.string('SO_DINH_DANH', 12).nullable();
      // The commune the child was registered in, under the code in force that day.
      t.string('MA_XA', 5).notNullable();
      t.smallint('DAXOA').notNullable().defaultTo(0);
    });
    await knex.schema.createTable('TC_MUI_TIEM', (t) => {
      t.integer('ID').primary();
      t.string('MA_DOI_TUONG', 12).notNullable().references('MA_DOI_TUONG').inTable('TC_DOI_TUONG');
      t.string('MA_VACXIN', 20).notNullable().references('MA_VACXIN').inTable('DM_VACXIN');
      t.smallint('MUI_THU').notNullable();
      t.date('NGAY_TIEM').notNullable();
      // The child's commune of residence, under the code in force on the day of the dose.
      t.string('MA_XA', 5).notNullable();
      t.string('MA_CSKCB', 5).notNullable().references('MA_CSKCB').inTable('DM_CSKCB');
      t.smallint('DAXOA').notNullable().defaultTo(0);
      t.index(['MA_XA', 'NGAY_TIEM', 'ID'], 'IX_TC_MUI_TIEM_XA_NGAY');
      t.index(['MA_DOI_TUONG'], 'IX_TC_MUI_TIEM_DOI_TUONG');
    });
    await knex.schema.createTable('TC_KE_HOACH', (t) => {
      t.integer('ID').primary();
      // The commune's yearly plan, under the code in force when the plan was made (January).
      t.string('MA_XA', 5).notNullable();
      t.smallint('NAM').notNullable();
      // Children under one to be fully immunised in the year: the coverage denominator.
      t.integer('SO_TRE_DUOI_1_TUOI').notNullable();
      t.smallint('DAXOA').notNullable().defaultTo(0);
      t.unique(['MA_XA', 'NAM'], { indexName: 'UX_TC_KE_HOACH_XA_NAM' });
    });
  },
  async down(knex: Knex) {
    for (const table of [
      'TC_KE_HOACH',
      'TC_MUI_TIEM',
      'TC_DOI_TUONG',
      'BC_TUAN_BTN',
      'XML1_TONG_HOP',
      'DM_CSKCB',
      'DM_VACXIN',
      'DM_NHOM_BENH_TN',
      'DM_BENH_ICD10',
      'DM_LOAI_KCB',
      'DM_TUYEN',
    ]) {
      await knex.schema.dropTable(table);
    }
  },
};
