import type { Knex } from 'knex';
import { ListRepository } from '../../kit/database/list-repository.js';
import type { RecordedColumns } from '../../kit/database/sector-repository.js';
import { toIsoDate } from '../../kit/dates.js';
import type { KeyColumn } from '../../kit/graphql/keyset.js';
import type { CountArgs } from '../../kit/graphql/scoped-page-loader.js';
import type { FacilityLevelCode } from '../lookups/codes.js';
import type { Facility, FacilityFilter } from './facility.model.js';

export interface FacilityRow {
  code: string;
  name: string;
  level: FacilityLevelCode;
  level_name: string;
  unit_code: string;
  planned_beds: number;
  actual_beds: number;
  operating_since: string | Date;
  closed_on: string | Date | null;
}

export const FACILITY_COLUMNS = [
  'f.MA_CSKCB as code',
  'f.TEN_CSKCB as name',
  'f.MA_TUYEN as level',
  't.TEN_TUYEN as level_name',
  'f.MA_DVHC as unit_code',
  'f.SO_GIUONG_KH as planned_beds',
  'f.SO_GIUONG_TK as actual_beds',
  'f.NGAY_HOAT_DONG as operating_since',
  'f.NGAY_NGUNG_HD as closed_on',
];

export const toFacility = (r: FacilityRow): Facility => ({
  code: r.code,
  name: r.name,
  level: r.level,
  levelName: r.level_name,
  locationCode: r.unit_code,
  plannedBeds: Number(r.planned_beds),
  actualBeds: Number(r.actual_beds),
  operatingSince: toIsoDate(r.operating_since),
  closedOn: toIsoDate(r.closed_on),
});

/** The live facilities with their level's name. */
export const facilityBase = (knex: Knex): Knex.QueryBuilder =>
  knex('DM_CSKCB as f').join('DM_TUYEN as t', 't.MA_TUYEN', 'f.MA_TUYEN').where('f.DAXOA', 0);

/** Listed by level (provincial first), then by facility code; both are digit codes, checked in a cursor. */
const FACILITY_ORDER: readonly KeyColumn[] = [
  { column: 'f.MA_TUYEN', direction: 'asc', type: 'code' },
  { column: 'f.MA_CSKCB', direction: 'asc', type: 'code' },
];

const facilityKey = (f: Facility): string[] => [f.level, f.code];

/** Where a facility was recorded: the unit it was registered under, on the day it began operating. */
const RECORDED: RecordedColumns = { unit: 'f.MA_DVHC', on: 'f.NGAY_HOAT_DONG', kind: 'date' };

/** DM_CSKCB as a unit's list: the facilities registered in the caller's area. */
export class FacilityRepository extends ListRepository<FacilityFilter, FacilityRow, Facility> {
  readonly pageOrder = FACILITY_ORDER;
  readonly pageKey = facilityKey;

  /** The list's records the caller may see, its filters applied: no order, no page. */
  protected listed(args: CountArgs<FacilityFilter>): Knex.QueryBuilder {
    const base = this.inArea(facilityBase(this.knex), RECORDED, args.area);
    if (args.filter.level) base.where('f.MA_TUYEN', args.filter.level);
    if (!args.filter.includeClosed) base.whereNull('f.NGAY_NGUNG_HD');
    return base;
  }

  protected readonly unitColumn = RECORDED.unit;
  protected readonly columns = FACILITY_COLUMNS;

  protected toItem(r: FacilityRow): Facility {
    return toFacility(r);
  }
}
