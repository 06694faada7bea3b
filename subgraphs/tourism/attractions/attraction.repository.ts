import type { Knex } from 'knex';
import { ListRepository } from '../../kit/database/list-repository.js';
import type { RecordedColumns } from '../../kit/database/sector-repository.js';
import { toIsoDate } from '../../kit/dates.js';
import type { KeyColumn } from '../../kit/graphql/keyset.js';
import type { CountArgs } from '../../kit/graphql/scoped-page-loader.js';
import type { RecordArea } from '../../kit/units/unit-directory.js';
import { RANKINGS, attractionTypeOf, codeOfAttractionType, rankingOf } from '../lookups/codes.js';
import type { Attraction, AttractionFilter } from './attraction.model.js';

interface AttractionRow {
  id: number;
  unit_code: string;
  name: string;
  type_code: string;
  rank: number;
  recognized_on: string | Date;
}

const COLUMNS = ['d.DIEM_ID as id', 'd.MA_XA as unit_code', 'd.TEN_DIEM as name', 'd.MA_LOAI as type_code', 'd.XEP_HANG as rank', 'd.NGAY_CONG_NHAN as recognized_on'];

/** The highest ranked first, then the newest record. */
const ATTRACTION_ORDER: readonly KeyColumn[] = [
  { column: 'd.XEP_HANG', direction: 'desc', type: 'int' },
  { column: 'd.DIEM_ID', direction: 'desc', type: 'int' },
];

const toAttraction = (r: AttractionRow): Attraction => ({
  id: Number(r.id),
  unitCode: r.unit_code,
  recordedOn: toIsoDate(r.recognized_on),
  name: r.name,
  type: attractionTypeOf(r.type_code),
  ranking: rankingOf(r.rank),
  recognizedOn: toIsoDate(r.recognized_on),
});

const attractionKey = (a: Attraction): string[] => [String(RANKINGS[a.ranking]), String(a.id)];

/** Where an attraction was recorded: the commune code in force on the day it was recognized. */
const RECORDED: RecordedColumns = { unit: 'd.MA_XA', on: 'd.NGAY_CONG_NHAN', kind: 'date' };

/** DL_DIEMDULICH, the attractions register; every method is one statement for a whole batch. */
export class AttractionRepository extends ListRepository<AttractionFilter, AttractionRow, Attraction> {
  readonly pageOrder = ATTRACTION_ORDER;
  readonly pageKey = attractionKey;

  private base(): Knex.QueryBuilder {
    return this.knex('DL_DIEMDULICH as d').where('d.DAXOA', 0);
  }

  async byIds(ids: readonly number[], area: RecordArea): Promise<Attraction[]> {
    const rows: AttractionRow[] = await this.inArea(this.base().select(COLUMNS).where(this.inList('d.DIEM_ID', ids)), RECORDED, area);
    return rows.map(toAttraction);
  }

  protected listed(args: CountArgs<AttractionFilter>): Knex.QueryBuilder {
    const base = this.inArea(this.base(), RECORDED, args.area);
    if (args.filter.type) base.where('d.MA_LOAI', codeOfAttractionType(args.filter.type));
    if (args.filter.ranking) base.where('d.XEP_HANG', RANKINGS[args.filter.ranking]);
    return base;
  }

  protected readonly unitColumn = RECORDED.unit;
  protected readonly columns = COLUMNS;

  protected toItem(r: AttractionRow): Attraction {
    return toAttraction(r);
  }
}
