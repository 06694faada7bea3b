import type { Knex } from 'knex';
import type { Seeder } from '../../kit/database/seed-state.js';
import { bulkInsert } from '../../kit/seed/bulk-insert.js';
import { createRandom } from '../../kit/seed/random.js';
import { planAttractions, type AttractionPlan } from './attractions.js';
import { planEstablishments, type EstablishmentPlan } from './establishments.js';
import { seedCommunes } from './places.js';
import { planStatistics, type StatisticsPlan } from './statistics.js';

export interface TourismSeed {
  readonly establishments: EstablishmentPlan[];
  readonly attractions: AttractionPlan[];
  readonly statistics: StatisticsPlan[];
}

/** The whole demo data set for a scale and a last day: the same rows on every run. */
export function generate(scale: number, until: string): TourismSeed {
  const communes = seedCommunes();
  return {
    establishments: planEstablishments(createRandom('tourism:establishments'), communes, scale, until),
    attractions: planAttractions(createRandom('tourism:attractions'), communes, until),
    statistics: planStatistics(until),
  };
}

const flag = (b: boolean) => (b ? 1 : 0);

/**
 * The demo tourism statistics database of the new province from 2023-01-01 to `until`, a scaled
 * sample: about 900 accommodation establishments and 100 attractions at scale 1 (the register's
 * stock, licensed since 2008), and the monthly statistics table with every publication of every
 * month (about 170 rows). No personal data: establishments are businesses.
 */
export const seedTourism: Seeder = async (db, options) => {
  const seed = generate(options.scale, options.until);
  await db.knex.transaction(async (trx) => {
    await insertAll(trx, seed);
  });
  if (db.kind !== 'mssql') await db.knex.raw('vacuum analyze');
};

async function insertAll(trx: Knex.Transaction, seed: TourismSeed): Promise<void> {
  await bulkInsert(
    trx,
    'DL_CSLT',
    seed.establishments.map((e) => ({
      CSLT_ID: e.id,
      TEN_CSLT: e.name,
      MA_LOAI: e.type,
      HANG_SAO: e.stars,
      SO_PHONG: e.rooms,
      SO_GIUONG: e.beds,
      MA_XA: e.unitCode,
      NGAY_CAP_PHEP: e.licensedOn,
      NGAY_NGUNG_HD: e.closedOn,
      DAXOA: flag(e.deleted),
    })),
  );
  await bulkInsert(
    trx,
    'DL_DIEMDULICH',
    seed.attractions.map((a) => ({
      DIEM_ID: a.id,
      TEN_DIEM: a.name,
      MA_LOAI: a.type,
      XEP_HANG: a.rank,
      MA_XA: a.unitCode,
      NGAY_CONG_NHAN: a.recognizedOn,
      DAXOA: flag(a.deleted),
    })),
  );
  await bulkInsert(
    trx,
    'DL_TK_THANG',
    seed.statistics.map((s) => ({
      TK_ID: s.id,
      MA_TINH: s.province,
      NAM: s.year,
      THANG: s.month,
      TU_NGAY: s.from,
      DEN_NGAY: s.to,
      LAN: s.revision,
      UOC_TINH: flag(s.estimate),
      NGAY_CONG_BO: s.publishedOn,
      KHACH_QT: s.international,
      KHACH_NOIDIA: s.domestic,
      NGAY_KHACH: s.guestDays,
      DOANH_THU: s.revenue,
      DAXOA: flag(s.deleted),
    })),
  );
}
