import type { Knex } from 'knex';
import { fromDmy, toIsoDate, type IsoDate } from '../kit/dates.js';
import type { Database } from '../kit/database/database.js';
import type { RecordedColumns } from '../kit/database/sector-repository.js';
import { REFORM_DATE } from '../kit/indicators/period.js';
import type { LevelCode, OwnershipCode } from './lookups/codes.js';
import type { School } from './schools/school.model.js';

/**
 * How every education repository finds a record's unit: classes, students and teachers carry no
 * unit code, their school does, and the code a school sits in depends on the day asked about (the
 * old commune, or the old district for Lý Sơn, before 2025-07-01; the new commune from then on).
 * So every read is "as of a day": the schools open that day, each with the code it sat in then.
 */

/** The code a school (`alias`) sat in on `day`: old commune (else old district) before the reform, new commune from it. */
export function schoolUnitOn(knex: Knex, day: IsoDate, alias = 't'): Knex.Raw {
  return day < REFORM_DATE ? knex.raw('coalesce(??, ??)', [`${alias}.MA_XA`, `${alias}.MA_HUYEN`]) : knex.raw('??', [`${alias}.MA_XA_MOI`]);
}

/**
 * The same, row by row, for the day in `dayColumn` (a drop-out, the start of a school year): a
 * CASE, so it only ever goes into a derived table's select list, never into a GROUP BY (SQL Server
 * cannot match two bound copies of it).
 */
export function schoolUnitOnColumn(knex: Knex, dayColumn: string, alias = 't'): Knex.Raw {
  return knex.raw('case when ?? < ? then coalesce(??, ??) else ?? end', [dayColumn, REFORM_DATE, `${alias}.MA_XA`, `${alias}.MA_HUYEN`, `${alias}.MA_XA_MOI`]);
}

const dayKeyOf = (day: IsoDate) => day.replace(/-/g, '');

/**
 * The live schools open on `day` (founded by then, not closed yet) as a derived table: every TRUONG
 * column, `unit_code` (the code the school sat in that day) and `recorded_key` (the day, YYYYMMDD),
 * so that scoping and grouping work on one column.
 */
export function schoolsOn(db: Database, day: IsoDate, alias: string): Knex.QueryBuilder {
  const { knex, dialect } = db;
  return knex('TRUONG as t')
    .select('t.*', knex.raw('? as ??', [schoolUnitOn(knex, day), 'unit_code']), knex.raw('cast(? as varchar(8)) as ??', [dayKeyOf(day), 'recorded_key']))
    .where('t.DAXOA', 0)
    .where(dialect.dmyToDate(knex, 't.NGAY_THANH_LAP'), '<=', day)
    .where((w) => w.whereNull('t.NGAY_GIAI_THE').orWhere('t.NGAY_GIAI_THE', '>', day))
    .as(alias);
}

/** Where a record read through `schoolsOn(…, alias)` was recorded, for the caller's area. */
export const recordedIn = (alias: string): RecordedColumns => ({ unit: `${alias}.unit_code`, on: `${alias}.recorded_key`, kind: 'key' });

/**
 * The school year in force on `day`: the last one begun by then (it stays in force through the
 * summer until the next one begins). A scalar subquery; no row when no year had begun.
 */
export function schoolYearOn(knex: Knex, day: IsoDate): Knex.QueryBuilder {
  return knex('DM_NAM_HOC as y').max('y.NAM_HOC').where('y.NGAY_BAT_DAU', '<=', day);
}

/**
 * The live classes of the school year in force on `day` in the schools open that day: LOP as `l`
 * joined to `schoolsOn(…, 's')`, to be selected from.
 */
export function classesOn(db: Database, day: IsoDate): Knex.QueryBuilder {
  const { knex } = db;
  return knex
    .from('LOP as l')
    .join(schoolsOn(db, day, 's'), 's.MA_TRUONG', 'l.MA_TRUONG')
    .where('l.DAXOA', 0)
    .where('l.NAM_HOC', '=', schoolYearOn(knex, day));
}

/**
 * The live enrolments (HOC_SINH_LOP as `e`, with the student `h`) in the classes `classesOn(day)`,
 * made by `day`: the class lists of that day, students who left during the year included.
 */
export function enrolmentsOn(db: Database, day: IsoDate): Knex.QueryBuilder {
  return classesOn(db, day)
    .join('HOC_SINH_LOP as e', 'e.ID_LOP', 'l.ID_LOP')
    .join('HOC_SINH as h', 'h.ID_HS', 'e.ID_HS')
    .where('e.DAXOA', 0)
    .where('h.DAXOA', 0)
    .where('e.NGAY_VAO_LOP', '<=', day);
}

/** Still on the roll on `day`: enrolled, or the change of status came later. */
export function onRollOn(query: Knex.QueryBuilder, day: IsoDate, enrolled: string): Knex.QueryBuilder {
  return query.where((w) => w.where('e.TRANG_THAI', enrolled).orWhere('e.NGAY_THAY_DOI', '>', day));
}

/**
 * The live teachers (GIAO_VIEN as `g`) employed on `day` in the schools open that day, with their
 * training (`q`) and the minimum their school's level requires (`r`).
 */
export function teachersOn(db: Database, day: IsoDate): Knex.QueryBuilder {
  const { knex } = db;
  return knex
    .from('GIAO_VIEN as g')
    .join(schoolsOn(db, day, 's'), 's.MA_TRUONG', 'g.MA_TRUONG')
    .join('DM_TRINH_DO_DT as q', 'q.MA_TRINH_DO', 'g.MA_TRINH_DO')
    .join('DM_CAP_HOC as c', 'c.MA_CAP_HOC', 's.CAP_HOC')
    .join('DM_TRINH_DO_DT as r', 'r.MA_TRINH_DO', 'c.MA_TRINH_DO_CHUAN')
    .where('g.DAXOA', 0)
    .where('g.NGAY_VAO_LAM', '<=', day)
    .where((w) => w.whereNull('g.NGAY_NGHI').orWhere('g.NGAY_NGHI', '>', day));
}

/** The school columns of a row read through `schoolsOn(…, 's')`, for every record that shows its school. */
export const SCHOOL_COLUMNS = [
  's.MA_TRUONG as school_code',
  's.TEN_TRUONG as school_name',
  's.CAP_HOC as school_level',
  's.LOAI_HINH as school_ownership',
  's.DIA_CHI as school_address',
  's.NGAY_THANH_LAP as school_founded',
  's.NGAY_GIAI_THE as school_closed',
  's.DAT_CHUAN_QG as school_standard',
  's.NGAY_CONG_NHAN_CQG as school_recognised',
  's.unit_code as unit_code',
] as const;

export interface SchoolRow {
  school_code: string;
  school_name: string;
  school_level: LevelCode;
  school_ownership: OwnershipCode;
  school_address: string | null;
  school_founded: string;
  school_closed: string | Date | null;
  school_standard: number | string;
  school_recognised: string | Date | null;
  unit_code: string;
}

/** The school of a row, as it stood on `day`. */
export const toSchool = (r: SchoolRow, day: IsoDate): School => ({
  code: r.school_code,
  name: r.school_name,
  level: r.school_level,
  ownership: r.school_ownership,
  address: r.school_address,
  foundedOn: fromDmy(r.school_founded),
  closedOn: toIsoDate(r.school_closed),
  nationalStandardLevel: Number(r.school_standard),
  nationalStandardRecognisedOn: toIsoDate(r.school_recognised),
  unitCode: r.unit_code,
  recordedOn: day,
});

/**
 * Every live enrolment (`e`) with its live class (`l`), student (`h`) and school (`t`, any day):
 * the rows flows are counted from, each then placed by the day of its own event.
 */
export function liveEnrolments(knex: Knex): Knex.QueryBuilder {
  return knex('HOC_SINH_LOP as e')
    .join('LOP as l', 'l.ID_LOP', 'e.ID_LOP')
    .join('HOC_SINH as h', 'h.ID_HS', 'e.ID_HS')
    .join('TRUONG as t', 't.MA_TRUONG', 'l.MA_TRUONG')
    .where('e.DAXOA', 0)
    .where('l.DAXOA', 0)
    .where('h.DAXOA', 0)
    .where('t.DAXOA', 0);
}
