import type { Knex } from 'knex';
import { toDmy, vietnamDayOf, type IsoDate } from '../../kit/dates.js';
import type { Seeder } from '../../kit/database/seed-state.js';
import { bulkInsert } from '../../kit/seed/bulk-insert.js';
import { seedHorizon } from '../../kit/seed/horizon.js';
import { createRandom, type Random } from '../../kit/seed/random.js';
import { seedClasses } from './classes.js';
import { seedPlaces } from './places.js';
import { seedSchools } from './schools.js';
import { SeedState } from './seed-model.js';
import { seedTeachers } from './teachers.js';
import { REFORM_DATE } from '../../kit/indicators/period.js';

/** The first school year the demo holds: khai giảng on 5 September, tổng kết on 31 May. */
const FIRST_YEAR = 2023;

/**
 * The demo school database of old Quảng Ngãi and old Kon Tum from school year 2023-2024 to `until`.
 * A SCALED SAMPLE, not the province's real size: about one school per old commune plus upper
 * secondary schools per district (about 330), 1–3 classes a school a year, 7–10 children a class,
 * 2–5 teachers a school, so that the whole database stays under about 30,000 rows and the hub's
 * first start stays fast. Counts are therefore far below the real ones (about 9 children a class
 * instead of 30); shares and rates are realistic. About 1% of records are soft-deleted (DAXOA = 1),
 * with everything that hangs off a deleted school, class or student. A larger `scale` (benchmarks)
 * gives every school that many times its classes and staff.
 */
export const seedEducation: Seeder = async (db, options) => {
  const state = generate(options.until, Date.now(), options.scale);
  await db.knex.transaction(async (trx) => {
    await insertAll(trx, state);
  });
  if (db.kind !== 'mssql') await db.knex.raw('vacuum analyze');
};

export function generate(until: string, now: number = Date.now(), scale = 1): SeedState {
  const random = (part: string): Random => createRandom(`education:${part}`);
  const lastDay: IsoDate = vietnamDayOf(seedHorizon(until, now).getTime() - 1);
  const state = new SeedState();
  for (let year = FIRST_YEAR; `${year}-09-05` <= lastDay; year++) {
    state.years.push({ code: `${year}-${year + 1}`, start: `${year}-09-05`, end: `${year + 1}-05-31` });
  }
  const places = seedPlaces(random('places'));
  seedSchools(random('schools'), state, places, lastDay, Math.max(1, Math.round(scale)));
  seedClasses(random('classes'), state, lastDay);
  seedTeachers(random('teachers'), state, lastDay);
  softDelete(random('deleted'), state);
  return state;
}

/** About 1% of records are flagged deleted; a deleted school, class or student takes its records with it. */
function softDelete(random: Random, state: SeedState): void {
  for (const s of state.schools) s.deleted = random.chance(0.006);
  for (const c of state.classes) c.deleted = c.school.deleted || random.chance(0.003);
  for (const s of state.students) s.deleted = random.chance(0.005);
  for (const e of state.enrolments) e.deleted = e.schoolClass.deleted || e.student.deleted || random.chance(0.005);
  for (const t of state.teachers) t.deleted = t.school.deleted || random.chance(0.01);
}

const flag = (deleted: boolean) => (deleted ? 1 : 0);

async function insertAll(trx: Knex.Transaction, state: SeedState): Promise<void> {
  await bulkInsert(trx, 'DM_NAM_HOC', state.years.map((y) => ({ NAM_HOC: y.code, NGAY_BAT_DAU: y.start, NGAY_KET_THUC: y.end })));
  await bulkInsert(
    trx,
    'TRUONG',
    state.schools.map((s) => ({
      MA_TRUONG: s.code,
      TEN_TRUONG: s.name,
      CAP_HOC: s.level,
      LOAI_HINH: s.ownership,
      DIA_CHI: s.address,
      // Recorded under old codes only while the old units existed; the new commune for every school open on 2025-07-01.
      MA_HUYEN: s.postReform ? null : s.place.district,
      MA_XA: s.postReform || s.place.code === s.place.district ? null : s.place.code,
      MA_XA_MOI: s.closedOn !== null && s.closedOn <= REFORM_DATE ? null : s.place.successor,
      NGAY_THANH_LAP: toDmy(s.foundedOn),
      NGAY_GIAI_THE: s.closedOn,
      DAT_CHUAN_QG: s.standardLevel,
      NGAY_CONG_NHAN_CQG: s.recognisedOn,
      DAXOA: flag(s.deleted),
    })),
  );
  await bulkInsert(
    trx,
    'LOP',
    state.classes.map((c) => ({ ID_LOP: c.id, MA_TRUONG: c.school.code, NAM_HOC: c.year.code, TEN_LOP: c.name, KHOI: c.grade, DAXOA: flag(c.deleted) })),
  );
  await bulkInsert(
    trx,
    'HOC_SINH',
    state.students.map((s) => ({
      ID_HS: s.id,
      MA_HS: s.code,
      HO_TEN: s.name,
      NGAY_SINH: toDmy(s.birthDate),
      GIOI_TINH: s.female ? 2 : 1,
      MA_DINH_DANH: s.idNumber,
      DAXOA: flag(s.deleted),
    })),
  );
  await bulkInsert(
    trx,
    'HOC_SINH_LOP',
    state.enrolments.map((e) => ({
      ID: e.id,
      ID_HS: e.student.id,
      ID_LOP: e.schoolClass.id,
      NGAY_VAO_LOP: e.enrolledOn,
      TRANG_THAI: e.status,
      NGAY_THAY_DOI: e.changedOn,
      DAXOA: flag(e.deleted),
    })),
  );
  await bulkInsert(
    trx,
    'GIAO_VIEN',
    state.teachers.map((t) => ({
      ID_GV: t.id,
      MA_GV: t.code,
      HO_TEN: t.name,
      GIOI_TINH: t.female ? 2 : 1,
      MA_TRUONG: t.school.code,
      MA_TRINH_DO: t.qualification,
      MON_DAY: t.subject,
      NGAY_VAO_LAM: t.startedOn,
      NGAY_NGHI: t.leftOn,
      DAXOA: flag(t.deleted),
    })),
  );
}
