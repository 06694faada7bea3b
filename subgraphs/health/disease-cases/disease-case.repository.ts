import type { Knex } from 'knex';
import { ListRepository } from '../../kit/database/list-repository.js';
import type { RecordedColumns } from '../../kit/database/sector-repository.js';
import { toIsoDate } from '../../kit/dates.js';
import type { KeyColumn } from '../../kit/graphql/keyset.js';
import type { CountArgs } from '../../kit/graphql/scoped-page-loader.js';
import type { RecordArea } from '../../kit/units/unit-directory.js';
import type { DiseaseGroupCode } from '../lookups/codes.js';
import type { DiseaseCaseFilter, DiseaseCaseReport } from './disease-case.model.js';

interface ReportRow {
  id: number;
  unit_code: string;
  year: number;
  week: number;
  week_start: string | Date;
  week_end: string | Date;
  group_code: DiseaseGroupCode;
  group_name: string;
  cases: number;
  deaths: number;
}

const COLUMNS = [
  'b.ID as id',
  'b.MAXA as unit_code',
  'b.NAM as year',
  'b.TUAN as week',
  'b.TU_NGAY as week_start',
  'b.DEN_NGAY as week_end',
  'b.MA_NHOM_BENH as group_code',
  'n.TEN_NHOM_BENH as group_name',
  'b.SO_MAC as cases',
  'b.SO_TU_VONG as deaths',
];

/** Latest week first. */
const REPORT_ORDER: readonly KeyColumn[] = [
  { column: 'b.DEN_NGAY', direction: 'desc', type: 'date' },
  { column: 'b.ID', direction: 'desc', type: 'int' },
];

const toReport = (r: ReportRow): DiseaseCaseReport => ({
  id: Number(r.id),
  unitCode: r.unit_code,
  recordedOn: toIsoDate(r.week_end),
  year: Number(r.year),
  week: Number(r.week),
  weekStart: toIsoDate(r.week_start),
  weekEnd: toIsoDate(r.week_end),
  diseaseGroup: r.group_code,
  diseaseGroupName: r.group_name,
  cases: Number(r.cases),
  deaths: Number(r.deaths),
});

const reportKey = (r: DiseaseCaseReport): string[] => [r.weekEnd, String(r.id)];

/** Where a weekly report was recorded: its commune on the week's last day. */
const RECORDED: RecordedColumns = { unit: 'b.MAXA', on: 'b.DEN_NGAY', kind: 'date' };

/** BC_TUAN_BTN, the weekly notifiable disease reports of the communes, with their disease group's name. */
export class DiseaseCaseRepository extends ListRepository<DiseaseCaseFilter, ReportRow, DiseaseCaseReport> {
  readonly pageOrder = REPORT_ORDER;
  readonly pageKey = reportKey;

  private base(): Knex.QueryBuilder {
    return this.knex('BC_TUAN_BTN as b').join('DM_NHOM_BENH_TN as n', 'n.MA_NHOM_BENH', 'b.MA_NHOM_BENH').where('b.DAXOA', 0);
  }

  async byIds(ids: readonly number[], area: RecordArea): Promise<DiseaseCaseReport[]> {
    const rows: ReportRow[] = await this.inArea(this.base().select(COLUMNS).where(this.inList('b.ID', ids)), RECORDED, area);
    return rows.map(toReport);
  }

  /** The list's records the caller may see, its filters applied: no order, no page. */
  protected listed(args: CountArgs<DiseaseCaseFilter>): Knex.QueryBuilder {
    const base = this.inArea(this.base(), RECORDED, args.area);
    if (args.filter.period) base.whereBetween('b.DEN_NGAY', [args.filter.period.from, args.filter.period.to]);
    if (args.filter.diseaseGroup) base.where('b.MA_NHOM_BENH', args.filter.diseaseGroup);
    return base;
  }

  protected readonly unitColumn = RECORDED.unit;
  protected readonly columns = COLUMNS;

  protected toItem(r: ReportRow): DiseaseCaseReport {
    return toReport(r);
  }
}
