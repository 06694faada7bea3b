import type { Knex } from 'knex';
import { MeasureRepository } from '../../kit/database/measure-repository.js';
import { toIsoDate, type IsoDate } from '../../kit/dates.js';
import type { MeasureRequest } from '../../kit/indicators/indicator.service.js';
import type { DatePeriod } from '../../kit/indicators/period.js';
import { NATIONAL_RANK } from '../lookups/codes.js';
import { MEASURES } from './indicators.js';

/** Province codes are two digits (51, 62); commune codes five, old district codes three. */
const PROVINCE_CODE_LENGTH = 2;
const ESTABLISHMENT = 'C';
const ATTRACTION = 'D';

/**
 * The tourism measures per recorded unit code, in ONE statement: two grouped branches (the monthly
 * statistics in force as published, and the accommodation and attraction registers at a day)
 * joined by UNION ALL, each filling its own measures and zero for the rest. Portable SQL: the
 * newest revision of a month is a grouped `max(LAN)` joined back (no subquery inside an aggregate,
 * which SQL Server refuses), conditional sums are `sum(case … end)`.
 */
export class TourismMeasures extends MeasureRepository {
  protected readonly measureNames = Object.values(MEASURES);

  protected branches(codes: readonly string[], period: DatePeriod, publishedOn: IsoDate | null): Knex.QueryBuilder[] {
    // A register is read as it stood on the day asked, or at the period's end.
    const day = publishedOn !== null && publishedOn < period.to ? publishedOn : period.to;
    const registers = this.registers(codes, day);
    // The statistics table holds province codes only: the other codes need not travel with it.
    const provinces = codes.filter((code) => code.length === PROVINCE_CODE_LENGTH);
    return provinces.length > 0 ? [this.statistics(provinces, period, publishedOn), registers] : [registers];
  }

  /**
   * The months wholly inside the period, each at its newest revision published on or before
   * `publishedOn` (the newest of all when null); a withdrawn (deleted) revision is skipped. The
   * newest revision of each month is a grouped `max(LAN)` joined back (plain SQL on every dialect,
   * and cheap to plan when a request asks for hundreds of publication days at once).
   */
  private statistics(codes: readonly string[], period: DatePeriod, publishedOn: IsoDate | null): Knex.QueryBuilder {
    const k = this.knex;
    const published = (q: Knex.QueryBuilder, alias: string) => {
      q.where(this.inList(`${alias}.MA_TINH`, codes))
        .where(`${alias}.DAXOA`, 0)
        .where(`${alias}.TU_NGAY`, '>=', period.from)
        .where(`${alias}.DEN_NGAY`, '<=', period.to);
      if (publishedOn !== null) q.where(`${alias}.NGAY_CONG_BO`, '<=', publishedOn);
      return q;
    };
    const newest = published(k('DL_TK_THANG as r').select('r.MA_TINH', 'r.NAM', 'r.THANG').max('r.LAN as LAN').groupBy('r.MA_TINH', 'r.NAM', 'r.THANG'), 'r').as('n');
    const q = k('DL_TK_THANG as t')
      .join(newest, (on) => on.on('n.MA_TINH', 't.MA_TINH').andOn('n.NAM', 't.NAM').andOn('n.THANG', 't.THANG').andOn('n.LAN', 't.LAN'))
      .select(
        this.branchColumns('t.MA_TINH', {
          [MEASURES.published]: k.raw('count(*)'),
          [MEASURES.estimated]: this.countWhen('?? = ?', ['t.UOC_TINH', 1]),
          [MEASURES.international]: this.sumOf('t.KHACH_QT'),
          [MEASURES.domestic]: this.sumOf('t.KHACH_NOIDIA'),
          [MEASURES.guests]: k.raw('sum(?? + ??)', ['t.KHACH_QT', 't.KHACH_NOIDIA']),
          [MEASURES.guestDays]: this.sumOf('t.NGAY_KHACH'),
          [MEASURES.revenue]: this.sumOf('t.DOANH_THU'),
        }),
      )
      .groupBy('t.MA_TINH');
    return published(q, 't');
  }

  /**
   * Both registers on `day`, in one grouped branch (so the codes are bound once): establishments
   * licensed by then and not yet closed (`kind` C, `grade` its stars), attractions recognized by
   * then (`kind` D, `grade` its ranking).
   */
  private registers(codes: readonly string[], day: IsoDate): Knex.QueryBuilder {
    const k = this.knex;
    const establishments = k('DL_CSLT as c')
      .select('c.MA_XA as code', k.raw('? as kind', [ESTABLISHMENT]), 'c.HANG_SAO as grade', 'c.SO_PHONG as rooms')
      .where('c.DAXOA', 0)
      .where('c.NGAY_CAP_PHEP', '<=', day)
      .where((w) => w.whereNull('c.NGAY_NGUNG_HD').orWhere('c.NGAY_NGUNG_HD', '>', day));
    const attractions = k('DL_DIEMDULICH as d')
      .select('d.MA_XA as code', k.raw('? as kind', [ATTRACTION]), 'd.XEP_HANG as grade', k.raw('0 as rooms'))
      .where('d.DAXOA', 0)
      .where('d.NGAY_CONG_NHAN', '<=', day);
    const isEstablishment = '?? = ?';
    const establishment = ['g.kind', ESTABLISHMENT];
    const own: Record<string, Knex.Raw> = {
      [MEASURES.establishments]: this.countWhen(isEstablishment, establishment),
      [MEASURES.unrated]: this.countWhen(`${isEstablishment} and ?? = ?`, [...establishment, 'g.grade', 0]),
      [MEASURES.oneToThreeStars]: this.countWhen(`${isEstablishment} and ?? between ? and ?`, [...establishment, 'g.grade', 1, 3]),
      [MEASURES.fourToFiveStars]: this.countWhen(`${isEstablishment} and ?? >= ?`, [...establishment, 'g.grade', 4]),
      [MEASURES.rooms]: this.sumOf('g.rooms'),
      [MEASURES.attractions]: this.countWhen('?? = ?', ['g.kind', ATTRACTION]),
      [MEASURES.nationalAttractions]: this.countWhen('?? = ? and ?? >= ?', ['g.kind', ATTRACTION, 'g.grade', NATIONAL_RANK]),
    };
    // The codes as a derived table joined, not an IN list: a province has hundreds of codes, and a
    // figure's revisions put hundreds of requests in one statement, each list estimated anew.
    const units = this.db.dialect.scopeTable(k, codes.map((code) => [code, code] as const), 'u');
    return k
      .from(k.raw('(? union all ?) as g', [establishments, attractions]))
      .join(units, 'u.scope_code', 'g.code')
      .select(this.branchColumns('g.code', own))
      .groupBy('g.code');
  }

  /**
   * For each request, the days on which statistics rows of its codes for months wholly inside its
   * period were published (each revision, withdrawn ones left out), ascending: ONE statement for all.
   */
  async publicationDates(requests: readonly MeasureRequest[]): Promise<IsoDate[][]> {
    const k = this.knex;
    const parts = requests.flatMap(({ codes, period }, index) =>
      codes.length === 0
        ? []
        : [
            k('DL_TK_THANG as t')
              .distinct(k.raw(`${index} as request_index`), 't.NGAY_CONG_BO as published_on')
              .where(this.inList('t.MA_TINH', codes))
              .where('t.DAXOA', 0)
              .where('t.TU_NGAY', '>=', period.from)
              .where('t.DEN_NGAY', '<=', period.to),
          ],
    );
    const days: Array<Set<IsoDate>> = requests.map(() => new Set());
    if (parts.length > 0) {
      const rows: Array<{ request_index: number | string; published_on: string | Date }> = await k
        .select('*')
        .from(k.raw(`(${parts.map(() => '?').join(' union all ')}) as publications`, parts));
      for (const row of rows) days[Number(row.request_index)]!.add(toIsoDate(row.published_on));
    }
    return days.map((set) => [...set].sort());
  }
}
