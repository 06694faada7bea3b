import type { Knex } from 'knex';
import { MeasureRepository } from '../../kit/database/measure-repository.js';
import type { IsoDate } from '../../kit/dates.js';
import type { DatePeriod } from '../../kit/indicators/period.js';
import { DROPPED_OUT, ENROLLED, LEVEL_CODES, PUBLIC_OWNERSHIP } from '../lookups/codes.js';
import { classesOn, enrolmentsOn, liveEnrolments, onRollOn, schoolsOn, schoolUnitOnColumn, teachersOn } from '../records.repository.js';
import { perLevel } from './indicators.js';

type Counted = 'schools' | 'classes' | 'students' | 'teachers';
const withLevels = (measure: Counted) => [measure, ...LEVEL_CODES.map((l) => perLevel(measure, l))];

const MEASURES = [
  ...withLevels('schools'),
  'schools_non_public',
  'schools_national_standard',
  ...withLevels('classes'),
  ...withLevels('students'),
  ...withLevels('teachers'),
  'teachers_standard',
  'dropouts',
  'enrolments',
];

/**
 * The education measures per recorded unit code, in ONE statement: six grouped branches joined by
 * UNION ALL. Four stocks as of the period's last day (schools, classes, students on the roll,
 * teachers), each placed by the code its school sat in that day; two flows (drop-outs in the
 * period, placed by the drop-out day; enrolments of the school years in force during the period,
 * placed by each year's first day). A per-row unit code is computed in a derived table and
 * grouped outside it, so the same SQL runs on PostgreSQL and SQL Server.
 */
export class EducationMeasures extends MeasureRepository {
  protected readonly measureNames = MEASURES;

  protected branches(codes: readonly string[], period: DatePeriod): Knex.QueryBuilder[] {
    const day = period.to;
    return [this.schools(codes, day), this.classes(codes, day), this.students(codes, day), this.teachers(codes, day), this.dropouts(codes, period), this.enrolments(codes, period)];
  }

  /** `count(*)` and one conditional count per level of the school `s`. */
  private byLevel(measure: Counted): Record<string, Knex.Raw> {
    const own: Record<string, Knex.Raw> = { [measure]: this.knex.raw('count(*)') };
    for (const level of LEVEL_CODES) own[perLevel(measure, level)] = this.countWhen('?? = ?', ['s.CAP_HOC', level]);
    return own;
  }

  private grouped(query: Knex.QueryBuilder, codes: readonly string[], own: Record<string, Knex.Raw>, unitColumn = 's.unit_code'): Knex.QueryBuilder {
    return query.select(this.branchColumns(unitColumn, own)).where(this.inList(unitColumn, codes)).groupBy(unitColumn);
  }

  /** Schools open on `day`; recognised as meeting the national standard by then. */
  private schools(codes: readonly string[], day: IsoDate): Knex.QueryBuilder {
    return this.grouped(this.knex.from(schoolsOn(this.db, day, 's')), codes, {
      ...this.byLevel('schools'),
      schools_non_public: this.countWhen('?? <> ?', ['s.LOAI_HINH', PUBLIC_OWNERSHIP]),
      schools_national_standard: this.countWhen('?? > 0 and ?? <= ?', ['s.DAT_CHUAN_QG', 's.NGAY_CONG_NHAN_CQG', day]),
    });
  }

  private classes(codes: readonly string[], day: IsoDate): Knex.QueryBuilder {
    return this.grouped(classesOn(this.db, day), codes, this.byLevel('classes'));
  }

  /** Students on the roll on `day` of the classes of the school year in force then. */
  private students(codes: readonly string[], day: IsoDate): Knex.QueryBuilder {
    return this.grouped(onRollOn(enrolmentsOn(this.db, day), day, ENROLLED), codes, this.byLevel('students'));
  }

  /** Teachers employed on `day`; meeting the standard when their training ranks at least the level's minimum. */
  private teachers(codes: readonly string[], day: IsoDate): Knex.QueryBuilder {
    return this.grouped(teachersOn(this.db, day), codes, { ...this.byLevel('teachers'), teachers_standard: this.countWhen('?? >= ??', ['q.BAC', 'r.BAC']) });
  }

  /** Enrolments that turned into a drop-out within the period, placed by the drop-out day. */
  private dropouts(codes: readonly string[], period: DatePeriod): Knex.QueryBuilder {
    const knex = this.knex;
    const rows = liveEnrolments(knex)
      .select(knex.raw('? as ??', [schoolUnitOnColumn(knex, 'e.NGAY_THAY_DOI'), 'unit_code']))
      .where('e.TRANG_THAI', DROPPED_OUT)
      .whereBetween('e.NGAY_THAY_DOI', [period.from, period.to])
      .as('d');
    return this.grouped(knex.from(rows), codes, { dropouts: knex.raw('count(*)') }, 'd.unit_code');
  }

  /**
   * Enrolments (made by the period's end) of every school year in force during the period: begun
   * by its end, and no later year begun by its start. Placed by the year's first day.
   */
  private enrolments(codes: readonly string[], period: DatePeriod): Knex.QueryBuilder {
    const knex = this.knex;
    const laterYearBegun = knex('DM_NAM_HOC as z').select(knex.raw('1')).whereRaw('?? > ??', ['z.NGAY_BAT_DAU', 'y.NGAY_BAT_DAU']).where('z.NGAY_BAT_DAU', '<=', period.from);
    const rows = liveEnrolments(knex)
      .join('DM_NAM_HOC as y', 'y.NAM_HOC', 'l.NAM_HOC')
      .select(knex.raw('? as ??', [schoolUnitOnColumn(knex, 'y.NGAY_BAT_DAU'), 'unit_code']))
      .where('y.NGAY_BAT_DAU', '<=', period.to)
      .where('e.NGAY_VAO_LOP', '<=', period.to)
      .whereNotExists(laterYearBegun)
      .as('n');
    return this.grouped(knex.from(rows), codes, { enrolments: knex.raw('count(*)') }, 'n.unit_code');
  }
}
