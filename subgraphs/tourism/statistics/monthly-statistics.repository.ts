import type { Knex } from 'knex';
import { ListRepository } from '../../kit/database/list-repository.js';
import type { RecordedColumns } from '../../kit/database/sector-repository.js';
import { toIsoDate } from '../../kit/dates.js';
import type { KeyColumn } from '../../kit/graphql/keyset.js';
import type { CountArgs } from '../../kit/graphql/scoped-page-loader.js';
import type { RecordArea } from '../../kit/units/unit-directory.js';
import type { MonthlyStatistics, MonthlyStatisticsFilter } from './monthly-statistics.model.js';

interface StatisticsRow {
  id: number;
  unit_code: string;
  year: number;
  month: number;
  month_from: string | Date;
  revision: number;
  estimate: number;
  published_on: string | Date;
  international: number;
  domestic: number;
  guest_days: number;
  revenue: string | number;
}

const COLUMNS = [
  't.TK_ID as id',
  't.MA_TINH as unit_code',
  't.NAM as year',
  't.THANG as month',
  't.TU_NGAY as month_from',
  't.LAN as revision',
  't.UOC_TINH as estimate',
  't.NGAY_CONG_BO as published_on',
  't.KHACH_QT as international',
  't.KHACH_NOIDIA as domestic',
  't.NGAY_KHACH as guest_days',
  't.DOANH_THU as revenue',
];

/** The latest month first, its latest revision first. */
const STATISTICS_ORDER: readonly KeyColumn[] = [
  { column: 't.TU_NGAY', direction: 'desc', type: 'date' },
  { column: 't.LAN', direction: 'desc', type: 'int' },
  { column: 't.TK_ID', direction: 'desc', type: 'int' },
];

const toStatistics = (r: StatisticsRow): MonthlyStatistics => ({
  id: Number(r.id),
  unitCode: r.unit_code,
  recordedOn: toIsoDate(r.month_from),
  year: Number(r.year),
  month: Number(r.month),
  revision: Number(r.revision),
  estimate: Number(r.estimate) === 1,
  publishedOn: toIsoDate(r.published_on),
  internationalGuests: Number(r.international),
  domesticGuests: Number(r.domestic),
  totalGuests: Number(r.international) + Number(r.domestic),
  guestDays: Number(r.guest_days),
  revenueMillionVnd: Number(r.revenue),
});

const statisticsKey = (s: MonthlyStatistics): string[] => [s.recordedOn!, String(s.revision), String(s.id)];

/** A month's row is recorded under the province code in force in that month. */
const RECORDED: RecordedColumns = { unit: 't.MA_TINH', on: 't.TU_NGAY', kind: 'date' };

/** DL_TK_THANG, every publication of every month; every method is one statement for a whole batch. */
export class MonthlyStatisticsRepository extends ListRepository<MonthlyStatisticsFilter, StatisticsRow, MonthlyStatistics> {
  readonly pageOrder = STATISTICS_ORDER;
  readonly pageKey = statisticsKey;

  private base(): Knex.QueryBuilder {
    return this.knex('DL_TK_THANG as t').where('t.DAXOA', 0);
  }

  async byIds(ids: readonly number[], area: RecordArea): Promise<MonthlyStatistics[]> {
    const rows: StatisticsRow[] = await this.inArea(this.base().select(COLUMNS).where(this.inList('t.TK_ID', ids)), RECORDED, area);
    return rows.map(toStatistics);
  }

  protected listed(args: CountArgs<MonthlyStatisticsFilter>): Knex.QueryBuilder {
    const base = this.inArea(this.base(), RECORDED, args.area);
    const { period, latestOnly } = args.filter;
    if (period) base.where('t.TU_NGAY', '>=', period.from).where('t.DEN_NGAY', '<=', period.to);
    if (latestOnly) {
      const newest = this.knex('DL_TK_THANG as r')
        .max('r.LAN')
        .whereRaw('?? = ??', ['r.MA_TINH', 't.MA_TINH'])
        .whereRaw('?? = ??', ['r.NAM', 't.NAM'])
        .whereRaw('?? = ??', ['r.THANG', 't.THANG'])
        .where('r.DAXOA', 0);
      base.where('t.LAN', '=', newest);
    }
    return base;
  }

  protected readonly unitColumn = RECORDED.unit;
  protected readonly columns = COLUMNS;

  protected toItem(r: StatisticsRow): MonthlyStatistics {
    return toStatistics(r);
  }
}
