import type { Knex } from 'knex';
import { ListRepository } from '../../kit/database/list-repository.js';
import type { RecordedColumns } from '../../kit/database/sector-repository.js';
import type { RecordArea } from '../../kit/units/unit-directory.js';
import { fromDmy, toIsoDate } from '../../kit/dates.js';
import type { KeyColumn } from '../../kit/graphql/keyset.js';
import type { CountArgs } from '../../kit/graphql/scoped-page-loader.js';
import type { LandGroupCode } from '../lookups/codes.js';
import type { Parcel, ParcelFilter } from './parcel.model.js';

interface ParcelRow {
  id: number;
  unit_code: string;
  sheet: number;
  number: number;
  area: string | number;
  purpose_code: string;
  purpose_name: string;
  purpose_group: LandGroupCode;
  registered_text: string;
  retired_on: string | Date | null;
}

const COLUMNS = [
  'p.THUADATID as id',
  'p.MADVHC as unit_code',
  'p.SOHIEUTOBANDO as sheet',
  'p.SOTHUTUTHUA as number',
  'p.DIENTICH as area',
  'p.MAMDSD as purpose_code',
  'm.TENMDSD as purpose_name',
  'm.MANHOMDAT as purpose_group',
  'p.NGAYVAOSO as registered_text',
  'p.NGAYHETHIEULUC as retired_on',
];

/** Parcels are listed per unit code, then by map sheet and parcel number. */
const PARCEL_ORDER: readonly KeyColumn[] = [
  { column: 'p.MADVHC', direction: 'asc', type: 'code' },
  { column: 'p.SOHIEUTOBANDO', direction: 'asc', type: 'int' },
  { column: 'p.SOTHUTUTHUA', direction: 'asc', type: 'int' },
  { column: 'p.THUADATID', direction: 'asc', type: 'int' },
];

const toParcel = (r: ParcelRow): Parcel => {
  const registeredOn = fromDmy(r.registered_text);
  return {
    id: Number(r.id),
    unitCode: r.unit_code,
    recordedOn: registeredOn,
    mapSheetNumber: Number(r.sheet),
    parcelNumber: Number(r.number),
    areaSquareMeters: Number(r.area),
    usePurpose: { code: r.purpose_code, name: r.purpose_name, group: r.purpose_group },
    registeredOn,
    retiredOn: toIsoDate(r.retired_on),
  };
};

const parcelKey = (p: Parcel): string[] => [p.unitCode, String(p.mapSheetNumber), String(p.parcelNumber), String(p.id)];

/** DC_THUADAT and its use purpose lookup; every method is one statement for a whole batch. */
/** Where a record was recorded: its unit code and the day it was made. */
const RECORDED: RecordedColumns = { unit: 'p.MADVHC', on: 'p.NGAYVAOSO', kind: 'dmy' };

export class ParcelRepository extends ListRepository<ParcelFilter, ParcelRow, Parcel> {
  readonly pageOrder = PARCEL_ORDER;
  readonly pageKey = parcelKey;

  private base(): Knex.QueryBuilder {
    return this.knex('DC_THUADAT as p').join('DC_MUCDICHSUDUNG as m', 'm.MAMDSD', 'p.MAMDSD').where('p.DAXOA', 0);
  }

  async byIds(ids: readonly number[], area: RecordArea): Promise<Parcel[]> {
    const rows: ParcelRow[] = await this.inArea(this.base().select(COLUMNS).where(this.inList('p.THUADATID', ids)), RECORDED, area);
    return rows.map(toParcel);
  }

  /** The list's records the caller may see, its filters applied: no order, no page. */
  protected listed(args: CountArgs<ParcelFilter>): Knex.QueryBuilder {
    const base = this.inArea(this.base(), RECORDED, args.area).whereNull('p.NGAYHETHIEULUC');
    if (args.filter.usePurpose) base.where('p.MAMDSD', args.filter.usePurpose);
    if (args.filter.disputed !== null) {
      const open = this.knex('DC_TRANHCHAP as t')
        .select(this.knex.raw('1'))
        .whereRaw('?? = ??', ['t.THUADATID', 'p.THUADATID'])
        .where('t.DAXOA', 0)
        .whereNull('t.NGAYKETTHUC');
      if (args.filter.disputed) base.whereExists(open);
      else base.whereNotExists(open);
    }
    return base;
  }

  protected readonly unitColumn = RECORDED.unit;
  protected readonly columns = COLUMNS;

  protected toItem(r: ParcelRow): Parcel {
    return toParcel(r);
  }
}
