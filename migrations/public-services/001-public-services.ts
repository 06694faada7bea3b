import type { Knex } from 'knex';
import type { Migration } from '../../subgraphs/kit/database/migrate.js';

/**
 * The demo copy of the provincial one-stop dossier system (Hệ thống thông tin giải quyết TTHC),
 * named the way that system names it: PascalCase Vietnamese, lookup tables for fields and
 * statuses, `DaXoa` soft-delete flags, 0/1 smallint flags, and the procedure's announcing
 * decision date kept as `DD/MM/YYYY` text the way the catalogue import wrote it.
 */
export const publicServices001: Migration = {
  name: '001-public-services',
  async up(knex: Knex) {
    await knex.schema.createTable('LinhVuc', (t) => {
      t.string('MaLinhVuc', 10).primary();
      t.string('TenLinhVuc', 200).notNullable();
    });
    await knex.schema.createTable('TrangThaiHoSo', (t) => {
      t.string('MaTrangThai', 2).primary();
      t.string('TenTrangThai', 100).notNullable();
      t.smallint('ThuTu').notNullable();
    });
    await knex.schema.createTable('CoQuan', (t) => {
      t.increments('CoQuanID').primary();
      t.string('MaCoQuan', 30).notNullable().unique();
      t.string('TenCoQuan', 255).notNullable();
      // TINH, HUYEN, XA.
      t.string('CapCoQuan', 5).notNullable();
      // The unit the agency belongs to: 51 for departments, the district or commune code otherwise.
      t.string('MaDonVi', 5).notNullable();
      t.smallint('NgungHoatDong').notNullable().defaultTo(0);
      t.smallint('DaXoa').notNullable().defaultTo(0);
    });
    await knex.schema.createTable('ThuTuc', (t) => {
      t.increments('ThuTucID').primary();
      t.string('MaThuTuc', 20).notNullable().unique();
      t.string('TenThuTuc', 500).notNullable();
      t.string('MaLinhVuc', 10).notNullable().references('MaLinhVuc').inTable('LinhVuc');
      t.string('CapThucHien', 5).notNullable();
      // Legacy service level: 4 = fully online (toàn trình), 3 = partly online, 2 = information only.
      t.smallint('MucDoDVC').notNullable();
      t.smallint('SoNgayGiaiQuyet').notNullable();
      t.string('SoQuyetDinh', 50).notNullable();
      // DD/MM/YYYY text, as imported from the catalogue spreadsheet.
      t.string('NgayQuyetDinh', 10).notNullable();
      t.smallint('DaXoa').notNullable().defaultTo(0);
    });
    await knex.schema.createTable('HoSo', (t) => {
      t.increments('HoSoID').primary();
      t.string('MaHoSo', 40).notNullable().unique();
      t.integer('ThuTucID').notNullable().references('ThuTucID').inTable('ThuTuc');
      t.integer('CoQuanID').notNullable().references('CoQuanID').inTable('CoQuan');
      // The unit code in force when received: old district/commune before 2025-07-01, new commune after.
      t.string('MaDonVi', 5).notNullable();
      t.timestamp('NgayNhan', { useTz: true }).notNullable();
      t.timestamp('NgayHenTra', { useTz: true }).notNullable();
      t.timestamp('NgayTra', { useTz: true }).nullable();
      t.string('MaTrangThai', 2).notNullable().references('MaTrangThai').inTable('TrangThaiHoSo');
      t.smallint('NopTrucTuyen').notNullable().defaultTo(0);
      t.string('TenNguoiNop', 150).notNullable();
      t.string('SoCCCD', 12).nullable();
      t.string('SoDienThoai', 15).nullable();
      t.smallint('DaXoa').notNullable().defaultTo(0);
      t.index(['MaDonVi', 'NgayNhan'], 'IX_HoSo_MaDonVi_NgayNhan');
      t.index(['NgayNhan'], 'IX_HoSo_NgayNhan');
    });
  },
  async down(knex: Knex) {
    for (const table of ['HoSo', 'ThuTuc', 'CoQuan', 'TrangThaiHoSo', 'LinhVuc']) await knex.schema.dropTableIfExists(table);
  },
};
