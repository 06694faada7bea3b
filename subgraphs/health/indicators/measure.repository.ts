import type { Knex } from 'knex';
import { MeasureRepository } from '../../kit/database/measure-repository.js';
import { DAY_MS, type IsoDate } from '../../kit/dates.js';
import type { DatePeriod } from '../../kit/indicators/period.js';
import { claimRange } from '../episodes/episode.model.js';
import { DISEASE_GROUPS, FULL_IMMUNISATION_DOSES, LAST_SCHEDULED_VACCINE, LEVEL } from '../lookups/codes.js';
import { casesMeasure } from './indicators.js';

const FACILITY_MEASURES = ['facilities_provincial', 'facilities_district', 'facilities_commune', 'beds_planned', 'beds_actual', 'bed_capacity_days'];
const ALL = [
  ...FACILITY_MEASURES,
  'inpatient_days',
  'outpatient_episodes',
  'inpatient_episodes',
  ...DISEASE_GROUPS.map((g) => casesMeasure(g.MA_NHOM_BENH)),
  'fully_immunised',
  'immunisation_target',
];

/** Days in [from, to], both included. */
const daysOf = (from: IsoDate, to: IsoDate): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1;

/**
 * Each calendar year the period touches, with the share of that year it covers: a yearly target
 * (children to immunise) counts in a period in proportion to its days, so a month's coverage is
 * measured against a twelfth of the year's plan and the parts of a year add up to the whole.
 */
function yearShares(period: DatePeriod): Array<{ year: number; share: number }> {
  const shares: Array<{ year: number; share: number }> = [];
  for (let year = Number(period.from.slice(0, 4)); year <= Number(period.to.slice(0, 4)); year++) {
    const first = `${year}-01-01` > period.from ? `${year}-01-01` : period.from;
    const last = `${year}-12-31` < period.to ? `${year}-12-31` : period.to;
    shares.push({ year, share: daysOf(first, last) / daysOf(`${year}-01-01`, `${year}-12-31`) });
  }
  return shares;
}

/**
 * The health measures per recorded unit code, in ONE statement: six grouped branches joined by
 * UNION ALL, each filling its own measure columns and zero for the rest. Facilities, beds and the
 * bed-days capacity are a stock at the period's end, grouped by the facility's unit; inpatient days
 * are grouped by the treating facility's unit too, so occupancy compares a facility's beds with its
 * own patients; episodes by the patient's residence commune; cases by the reporting commune;
 * immunisation by the child's commune. No aggregate contains a subquery (SQL Server refuses that).
 */
export class HealthMeasures extends MeasureRepository {
  protected readonly measureNames = ALL;

  protected branches(codes: readonly string[], period: DatePeriod): Knex.QueryBuilder[] {
    return [
      this.facilityStock(codes, period),
      this.inpatientDays(codes, period),
      this.episodes(codes, period),
      this.cases(codes, period),
      this.fullyImmunised(codes, period),
      this.immunisationTarget(codes, period),
    ];
  }

  /**
   * Facilities operating at the end of the period (begun by then, not yet closed), their beds, and
   * the bed-days they could hold over the period: actual beds × days of the period.
   */
  private facilityStock(codes: readonly string[], period: DatePeriod): Knex.QueryBuilder {
    const level = (code: string) => this.countWhen('?? = ?', ['f.MA_TUYEN', code]);
    return this.knex('DM_CSKCB as f')
      .select(
        this.branchColumns('f.MA_DVHC', {
          facilities_provincial: level(LEVEL.PROVINCIAL),
          facilities_district: level(LEVEL.DISTRICT),
          facilities_commune: level(LEVEL.COMMUNE),
          beds_planned: this.sumOf('f.SO_GIUONG_KH'),
          beds_actual: this.sumOf('f.SO_GIUONG_TK'),
          bed_capacity_days: this.sumOf('f.SO_GIUONG_TK', null, [], daysOf(period.from, period.to)),
        }),
      )
      .where(this.inList('f.MA_DVHC', codes))
      .where('f.DAXOA', 0)
      .where('f.NGAY_HOAT_DONG', '<=', period.to)
      .where((w) => w.whereNull('f.NGAY_NGUNG_HD').orWhere('f.NGAY_NGUNG_HD', '>', period.to))
      .groupBy('f.MA_DVHC');
  }

  /**
   * Inpatient days within the period: each inpatient stay cut to the period, counted in whole days
   * from admission to discharge (a day is a night in a bed), so the days of a stay across two
   * periods add up to the whole stay.
   */
  private inpatientDays(codes: readonly string[], period: DatePeriod): Knex.QueryBuilder {
    const k = this.knex;
    const { from, end } = claimRange(period);
    const start = k.raw('case when ?? < ? then ? else ?? end', ['e.NGAY_VAO', from, from, 'e.NGAY_VAO']);
    const stop = k.raw('case when ?? > ? then ? else ?? end', ['e.NGAY_RA', end, end, 'e.NGAY_RA']);
    const stay = this.db.dialect.daysBetween(k, this.db.dialect.ymdTextToDate(k, start), this.db.dialect.ymdTextToDate(k, stop));
    return k('XML1_TONG_HOP as e')
      .join('DM_LOAI_KCB as l', 'l.MA_LOAI_KCB', 'e.MA_LOAI_KCB')
      .join('DM_CSKCB as f', 'f.MA_CSKCB', 'e.MA_CSKCB')
      .select(this.branchColumns('f.MA_DVHC', { inpatient_days: k.raw('sum(?)', [stay]) }))
      .where(this.inList('f.MA_DVHC', codes))
      .where('e.DAXOA', 0)
      .where('f.DAXOA', 0)
      .where('l.NOI_TRU', 1)
      .where('e.NGAY_VAO', '<', end)
      .where('e.NGAY_RA', '>', from)
      .groupBy('f.MA_DVHC');
  }

  /** Episodes admitted in the period, outpatient and inpatient, by the patient's residence commune. */
  private episodes(codes: readonly string[], period: DatePeriod): Knex.QueryBuilder {
    const { from, end } = claimRange(period);
    return this.knex('XML1_TONG_HOP as e')
      .join('DM_LOAI_KCB as l', 'l.MA_LOAI_KCB', 'e.MA_LOAI_KCB')
      .select(
        this.branchColumns('e.MAXA_CU_TRU', {
          outpatient_episodes: this.countWhen('?? = 0', ['l.NOI_TRU']),
          inpatient_episodes: this.countWhen('?? = 1', ['l.NOI_TRU']),
        }),
      )
      .where(this.inList('e.MAXA_CU_TRU', codes))
      .where('e.DAXOA', 0)
      .where('e.NGAY_VAO', '>=', from)
      .where('e.NGAY_VAO', '<', end)
      .groupBy('e.MAXA_CU_TRU');
  }

  /** Cases of each disease group in the weeks reported (ending) within the period. */
  private cases(codes: readonly string[], period: DatePeriod): Knex.QueryBuilder {
    const own: Record<string, Knex.Raw> = {};
    for (const g of DISEASE_GROUPS) own[casesMeasure(g.MA_NHOM_BENH)] = this.sumOf('b.SO_MAC', '?? = ?', ['b.MA_NHOM_BENH', g.MA_NHOM_BENH]);
    return this.knex('BC_TUAN_BTN as b')
      .select(this.branchColumns('b.MAXA', own))
      .where(this.inList('b.MAXA', codes))
      .where('b.DAXOA', 0)
      .whereBetween('b.DEN_NGAY', [period.from, period.to])
      .groupBy('b.MAXA');
  }

  /**
   * Children fully immunised in the period: per child (a derived table), the distinct doses of the
   * full schedule given by the period's end, the day the last of them was given, the commune of the
   * measles dose (the schedule's last, where the child is counted) and the birth date; a child counts
   * when it has every dose, the last one in the period, before 365 days of age.
   */
  private fullyImmunised(codes: readonly string[], period: DatePeriod): Knex.QueryBuilder {
    const k = this.knex;
    const perChild = k('TC_MUI_TIEM as v')
      .join('DM_VACXIN as x', 'x.MA_VACXIN', 'v.MA_VACXIN')
      .join('TC_DOI_TUONG as c', 'c.MA_DOI_TUONG', 'v.MA_DOI_TUONG')
      .select(
        'v.MA_DOI_TUONG as child',
        k.raw(`count(distinct concat(??, '-', ??)) as doses`, ['v.MA_VACXIN', 'v.MUI_THU']),
        k.raw('max(??) as completed_on', ['v.NGAY_TIEM']),
        k.raw('max(case when ?? = ? then ?? end) as unit_code', ['v.MA_VACXIN', LAST_SCHEDULED_VACCINE, 'v.MA_XA']),
        k.raw('max(??) as born_on', ['c.NGAY_SINH']),
      )
      .where('v.DAXOA', 0)
      .where('c.DAXOA', 0)
      .whereRaw('?? <= ??', ['v.MUI_THU', 'x.SO_MUI_TCDD'])
      .where('v.NGAY_TIEM', '<=', period.to)
      .groupBy('v.MA_DOI_TUONG')
      .as('d');
    const age = this.db.dialect.daysBetween(k, k.raw('??', ['d.born_on']), k.raw('??', ['d.completed_on']));
    return k
      .from(perChild)
      .select(this.branchColumns('d.unit_code', { fully_immunised: k.raw('count(*)') }))
      .where(this.inList('d.unit_code', codes))
      .where('d.doses', FULL_IMMUNISATION_DOSES)
      .where('d.completed_on', '>=', period.from)
      .whereRaw('? < 365', [age])
      .groupBy('d.unit_code');
  }

  /** The yearly targets (children under one to immunise), each counted for its share of the period. */
  private immunisationTarget(codes: readonly string[], period: DatePeriod): Knex.QueryBuilder {
    const shares = yearShares(period);
    // Years and shares are numbers computed here, written as literals so every dialect types them alike.
    const cases = shares.map((s) => `when ?? = ${s.year} then ?? * ${s.share}`).join(' ');
    const target = this.knex.raw(`sum(case ${cases} else 0 end)`, shares.flatMap(() => ['k.NAM', 'k.SO_TRE_DUOI_1_TUOI']));
    return this.knex('TC_KE_HOACH as k')
      .select(this.branchColumns('k.MA_XA', { immunisation_target: target }))
      .where(this.inList('k.MA_XA', codes))
      .where('k.DAXOA', 0)
      .whereBetween('k.NAM', [shares[0]!.year, shares.at(-1)!.year])
      .groupBy('k.MA_XA');
  }
}
