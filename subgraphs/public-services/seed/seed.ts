import type { Knex } from 'knex';
import type { Seeder } from '../../kit/database/seed-state.js';
import { bulkInsert } from '../../kit/seed/bulk-insert.js';
import { createRandom } from '../../kit/seed/random.js';
import { vietnamDayOf } from '../../kit/dates.js';
import { DOSSIER_STATUSES } from '../lookups/codes.js';
import { buildAgencies } from './agencies.js';
import { DELETED_PROCEDURES, FIELDS, PROCEDURES } from './catalog.js';
import { generateDossiers, type GeneratedDossier } from './dossier-generator.js';
import { buildGeography } from './geography.js';

/**
 * Writes the demo one-stop database: lookup tables, the procedure catalogue, agencies and
 * (at scale 1) about twenty thousand dossiers from 2023-01-01 to `until`, in one transaction.
 */
export const seedPublicServices: Seeder = async (db, options) => {
  const geography = buildGeography();
  const agencies = buildAgencies(geography);
  const dossiers = generateDossiers(geography, agencies, options.scale, options.until);
  await db.knex.transaction(async (trx) => {
    await bulkInsert(trx, 'LinhVuc', FIELDS.map(([code, name]) => ({ MaLinhVuc: code, TenLinhVuc: name })));
    await bulkInsert(trx, 'TrangThaiHoSo', DOSSIER_STATUSES.map((s) => ({ MaTrangThai: s.code, TenTrangThai: s.label, ThuTu: s.order })));
    await bulkInsert(trx, 'ThuTuc', procedureRows());
    await bulkInsert(
      trx,
      'CoQuan',
      agencies.agencies.map((a) => ({ MaCoQuan: a.code, TenCoQuan: a.name, CapCoQuan: a.level, MaDonVi: a.unitCode, NgungHoatDong: a.inactive ? 1 : 0, DaXoa: 0 })),
    );
    const procedureIds = await idsByCode(trx, 'ThuTuc', 'ThuTucID', 'MaThuTuc');
    const agencyIds = await idsByCode(trx, 'CoQuan', 'CoQuanID', 'MaCoQuan');
    await bulkInsert(trx, 'HoSo', dossierRows(dossiers, procedureIds, agencyIds));
  });
  // PGlite has no autovacuum; fresh statistics keep the planner on the indexes.
  if (db.kind !== 'mssql') await db.knex.raw('vacuum analyze');
};

function procedureRows() {
  const random = createRandom('public-services:procedures');
  return [...PROCEDURES, ...DELETED_PROCEDURES].map((p, i) => {
    const [y, m, d] = random.day('2021-01-01', '2024-06-30').split('-');
    return {
      MaThuTuc: p.code,
      TenThuTuc: p.name,
      MaLinhVuc: p.field,
      CapThucHien: p.level,
      MucDoDVC: p.mucDo,
      SoNgayGiaiQuyet: p.days,
      SoQuyetDinh: `${random.int(100, 2600)}/QĐ-UBND`,
      NgayQuyetDinh: `${d}/${m}/${y}`,
      DaXoa: i >= PROCEDURES.length ? 1 : 0,
    };
  });
}

async function idsByCode(trx: Knex.Transaction, table: string, idColumn: string, codeColumn: string): Promise<Map<string, number>> {
  const rows: Array<Record<string, unknown>> = await trx(table).select(`${idColumn} as id`, `${codeColumn} as code`);
  return new Map(rows.map((r) => [String(r.code), Number(r.id)]));
}

/** Numbers dossiers the way the one-stop system prints them: agency code, day, sequence of the day. */
function dossierRows(dossiers: readonly GeneratedDossier[], procedureIds: Map<string, number>, agencyIds: Map<string, number>) {
  const sequence = new Map<string, number>();
  return dossiers.map((d) => {
    const day = vietnamDayOf(d.receivedAt).replace(/-/g, '').slice(2);
    const counter = `${d.agency}-${day}`;
    const n = (sequence.get(counter) ?? 0) + 1;
    sequence.set(counter, n);
    return {
      MaHoSo: `${counter}-${String(n).padStart(4, '0')}`,
      ThuTucID: procedureIds.get(d.procedure)!,
      CoQuanID: agencyIds.get(d.agency)!,
      MaDonVi: d.unitCode,
      NgayNhan: d.receivedAt,
      NgayHenTra: d.dueAt,
      NgayTra: d.finishedAt,
      MaTrangThai: d.status,
      NopTrucTuyen: d.online ? 1 : 0,
      TenNguoiNop: d.name,
      SoCCCD: d.idNumber,
      SoDienThoai: d.phone,
      DaXoa: d.deleted ? 1 : 0,
    };
  });
}
