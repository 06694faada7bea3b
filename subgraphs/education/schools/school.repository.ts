import type { Knex } from 'knex';
import { ListRepository } from '../../kit/database/list-repository.js';
import type { IsoDate } from '../../kit/dates.js';
import type { KeyColumn } from '../../kit/graphql/keyset.js';
import type { CountArgs, KeysetPageArgs } from '../../kit/graphql/scoped-page-loader.js';
import type { RecordArea } from '../../kit/units/unit-directory.js';
import { recordedIn, SCHOOL_COLUMNS, schoolsOn, toSchool, type SchoolRow } from '../records.repository.js';
import type { School, SchoolFilter } from './school.model.js';

/** Schools are listed per unit code, then by school code. */
const SCHOOL_ORDER: readonly KeyColumn[] = [
  { column: 's.unit_code', direction: 'asc', type: 'code' },
  { column: 's.MA_TRUONG', direction: 'asc', type: 'text' },
];

const schoolKey = (s: School): string[] => [s.unitCode, s.code];

/** TRUONG, read as of a day. Every method is one statement for a whole batch. */
export class SchoolRepository extends ListRepository<SchoolFilter, SchoolRow, School> {
  readonly pageOrder = SCHOOL_ORDER;
  readonly pageKey = schoolKey;

  private open(day: IsoDate, area: RecordArea): Knex.QueryBuilder {
    return this.inArea(this.knex.from(schoolsOn(this.db, day, 's')), recordedIn('s'), area);
  }

  /** The schools with these codes open on `day`, in the caller's area. */
  async byCodes(codes: readonly string[], day: IsoDate, area: RecordArea): Promise<School[]> {
    const rows: SchoolRow[] = await this.open(day, area).select(SCHOOL_COLUMNS).where(this.inList('s.MA_TRUONG', codes));
    return rows.map((r) => toSchool(r, day));
  }

  /** The list's records the caller may see, its filters applied: no order, no page. */
  protected listed(args: CountArgs<SchoolFilter>): Knex.QueryBuilder {
    const { filter } = args;
    const base = this.open(filter.day, args.area);
    if (filter.level) base.where('s.CAP_HOC', filter.level);
    if (filter.ownership) base.where('s.LOAI_HINH', filter.ownership);
    if (filter.nationalStandard === true) base.where('s.DAT_CHUAN_QG', '>', 0).where('s.NGAY_CONG_NHAN_CQG', '<=', filter.day);
    if (filter.nationalStandard === false) {
      base.where((w) => w.where('s.DAT_CHUAN_QG', 0).orWhereNull('s.NGAY_CONG_NHAN_CQG').orWhere('s.NGAY_CONG_NHAN_CQG', '>', filter.day));
    }
    return base;
  }

  protected readonly unitColumn = 's.unit_code';
  // The unit code is computed per day: no index serves it code by code.
  protected override readonly strategy = 'window' as const;
  protected readonly columns = SCHOOL_COLUMNS;

  protected toItem(r: SchoolRow, args: KeysetPageArgs<SchoolFilter>): School {
    return toSchool(r, args.filter.day);
  }
}
