import type { Knex } from 'knex';
import type { Seeder } from '../../kit/database/seed-state.js';
import { bulkInsert } from '../../kit/seed/bulk-insert.js';
import { seedHorizon } from '../../kit/seed/horizon.js';
import { createRandom, type Random } from '../../kit/seed/random.js';
import { seedCases } from './seed-cases.js';
import { bedDaysIn2024, seedEpisodes } from './seed-episodes.js';
import { FacilityBook, setBeds } from './seed-facilities.js';
import type { SeedState } from './seed-model.js';
import { seedUnits } from './seed-units.js';
import { seedVaccinations } from './seed-vaccinations.js';

/**
 * The demo databases of the health department for old Quảng Ngãi and old Kon Tum (the new province
 * from 2025-07-01), from 2023 to `until`. The demo is a SCALED SAMPLE: at scale 1 about 12,300
 * treatment episodes (a sample of the claims, not the millions a province files) and about 800
 * children with their doses, their communes' immunisation plans sampled alike, and bed counts sized
 * to the sampled inpatients, so that rates (occupancy, coverage) are believable while counts are
 * small. The facilities are all there (one station per commune), and the weekly disease reports
 * carry full-size case counts but only rows for the communes and weeks with cases. About 25,300
 * rows in all, lookups included.
 */
export const seedHealth: Seeder = async (db, options) => {
  const state = generate(options.scale, options.until, seedHorizon(options.until));
  await db.knex.transaction(async (trx) => {
    await insertAll(trx, state);
  });
  if (db.kind !== 'mssql') await db.knex.raw('vacuum analyze');
};

export function generate(scale: number, until: string, horizon: Date): SeedState {
  const random = (part: string): Random => createRandom(`health:${part}`);
  const units = seedUnits(random('units'));
  const book = new FacilityBook(random('facilities'), units, until);
  const episodes = seedEpisodes(random('episodes'), units.communes, book, scale, until, horizon);
  setBeds(random('beds'), book.all, bedDaysIn2024(episodes));
  const reports = seedCases(random('cases'), units.communes, scale, until);
  const { children, doses, targets } = seedVaccinations(random('vaccinations'), units.communes, units.newCommunes, book, scale, until);
  return { facilities: book.all, episodes, reports, children, doses, targets };
}

const flag = (deleted: boolean) => (deleted ? 1 : 0);

async function insertAll(trx: Knex.Transaction, state: SeedState): Promise<void> {
  await bulkInsert(
    trx,
    'DM_CSKCB',
    state.facilities.map((f) => ({
      MA_CSKCB: f.code,
      TEN_CSKCB: f.name,
      MA_TUYEN: f.level,
      MA_DVHC: f.unitCode,
      NGAY_HOAT_DONG: f.openedOn,
      NGAY_NGUNG_HD: f.closedOn,
      SO_GIUONG_KH: f.plannedBeds,
      SO_GIUONG_TK: f.actualBeds,
      DAXOA: flag(f.deleted),
    })),
  );
  await bulkInsert(
    trx,
    'XML1_TONG_HOP',
    state.episodes.map((e) => ({
      MA_LK: e.key,
      HO_TEN: e.name,
      SO_CCCD: e.idNumber,
      NGAY_SINH: e.birth,
      GIOI_TINH: e.sex,
      MAXA_CU_TRU: e.residence,
      MA_BENH_CHINH: e.main,
      MA_BENH_KT: e.other,
      MA_CSKCB: e.facility.code,
      MA_LOAI_KCB: e.type,
      NGAY_VAO: e.admitted,
      NGAY_RA: e.discharged,
      DAXOA: flag(e.deleted),
    })),
  );
  await bulkInsert(
    trx,
    'BC_TUAN_BTN',
    state.reports.map((r) => ({
      ID: r.id,
      MAXA: r.unitCode,
      NAM: r.year,
      TUAN: r.week,
      TU_NGAY: r.monday,
      DEN_NGAY: r.sunday,
      MA_NHOM_BENH: r.group,
      SO_MAC: r.cases,
      SO_TU_VONG: r.deaths,
      DAXOA: flag(r.deleted),
    })),
  );
  await bulkInsert(
    trx,
    'TC_DOI_TUONG',
    state.children.map((c) => ({
      MA_DOI_TUONG: c.id,
      HO_TEN: c.name,
      NGAY_SINH: c.bornOn,
      GIOI_TINH: c.sex,
      SO_DINH_DANH: c.idNumber,
      MA_XA: c.unitCode,
      DAXOA: flag(c.deleted),
    })),
  );
  await bulkInsert(
    trx,
    'TC_MUI_TIEM',
    state.doses.map((d) => ({
      ID: d.id,
      MA_DOI_TUONG: d.child.id,
      MA_VACXIN: d.vaccine,
      MUI_THU: d.dose,
      NGAY_TIEM: d.givenOn,
      MA_XA: d.unitCode,
      MA_CSKCB: d.facility,
      DAXOA: flag(d.deleted),
    })),
  );
  await bulkInsert(
    trx,
    'TC_KE_HOACH',
    state.targets.map((t) => ({ ID: t.id, MA_XA: t.unitCode, NAM: t.year, SO_TRE_DUOI_1_TUOI: t.children, DAXOA: 0 })),
  );
}
