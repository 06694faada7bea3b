import type { Knex } from 'knex';
import { ListRepository } from '../../kit/database/list-repository.js';
import type { RecordedColumns } from '../../kit/database/sector-repository.js';
import type { RecordArea } from '../../kit/units/unit-directory.js';
import { toIsoDate } from '../../kit/dates.js';
import type { KeyColumn } from '../../kit/graphql/keyset.js';
import type { CountArgs } from '../../kit/graphql/scoped-page-loader.js';
import type { ChangeRegistration, ChangeRegistrationFilter } from './change-registration.model.js';

interface ChangeRow {
  id: number;
  parcel_id: number;
  unit_code: string;
  kind_code: string;
  kind_name: string;
  received_on: string | Date;
  due_on: string | Date;
  finished_on: string | Date | null;
}

const COLUMNS = [
  'd.DANGKYBIENDONGID as id',
  'd.THUADATID as parcel_id',
  'd.MADVHC as unit_code',
  'd.MALOAIBIENDONG as kind_code',
  'l.TENLOAIBIENDONG as kind_name',
  'd.NGAYNHAN as received_on',
  'd.NGAYHENTRA as due_on',
  'd.NGAYHOANTHANH as finished_on',
];

/** Newest first. */
const CHANGE_ORDER: readonly KeyColumn[] = [
  { column: 'd.NGAYNHAN', direction: 'desc', type: 'date' },
  { column: 'd.DANGKYBIENDONGID', direction: 'desc', type: 'int' },
];

const toChange = (r: ChangeRow): ChangeRegistration => ({
  id: Number(r.id),
  parcelId: Number(r.parcel_id),
  unitCode: r.unit_code,
  recordedOn: toIsoDate(r.received_on),
  kind: { code: r.kind_code, name: r.kind_name },
  receivedOn: toIsoDate(r.received_on),
  dueOn: toIsoDate(r.due_on),
  finishedOn: toIsoDate(r.finished_on),
});

const changeKey = (c: ChangeRegistration): string[] => [c.receivedOn, String(c.id)];

/** DC_DANGKYBIENDONG with its kind lookup DC_LOAIBIENDONG. */
/** Where a record was recorded: its unit code and the day it was made. */
const RECORDED: RecordedColumns = { unit: 'd.MADVHC', on: 'd.NGAYNHAN', kind: 'date' };

export class ChangeRegistrationRepository extends ListRepository<ChangeRegistrationFilter, ChangeRow, ChangeRegistration> {
  readonly pageOrder = CHANGE_ORDER;
  readonly pageKey = changeKey;

  private base(): Knex.QueryBuilder {
    return this.knex('DC_DANGKYBIENDONG as d').join('DC_LOAIBIENDONG as l', 'l.MALOAIBIENDONG', 'd.MALOAIBIENDONG').where('d.DAXOA', 0);
  }

  async byIds(ids: readonly number[], area: RecordArea): Promise<ChangeRegistration[]> {
    const rows: ChangeRow[] = await this.inArea(this.base().select(COLUMNS).where(this.inList('d.DANGKYBIENDONGID', ids)), RECORDED, area);
    return rows.map(toChange);
  }

  /** Registrations of each parcel, oldest first. */
  async ofParcels(parcelIds: readonly number[], area: RecordArea): Promise<ChangeRegistration[]> {
    const q = this.base().select(COLUMNS).where(this.inList('d.THUADATID', parcelIds)).orderBy(['d.NGAYNHAN', 'd.DANGKYBIENDONGID']);
    const rows: ChangeRow[] = await this.inArea(q, RECORDED, area);
    return rows.map(toChange);
  }

  /** The list's records the caller may see, its filters applied: no order, no page. */
  protected listed(args: CountArgs<ChangeRegistrationFilter>): Knex.QueryBuilder {
    const base = this.inArea(this.base(), RECORDED, args.area);
    const { period, status } = args.filter;
    if (period) base.whereBetween('d.NGAYNHAN', [period.from, period.to]);
    if (status === 'IN_PROCESS') base.whereNull('d.NGAYHOANTHANH');
    if (status === 'ON_TIME') base.whereRaw('?? <= ??', ['d.NGAYHOANTHANH', 'd.NGAYHENTRA']);
    if (status === 'LATE') base.whereRaw('?? > ??', ['d.NGAYHOANTHANH', 'd.NGAYHENTRA']);
    return base;
  }

  protected readonly unitColumn = RECORDED.unit;
  protected readonly columns = COLUMNS;

  protected toItem(r: ChangeRow): ChangeRegistration {
    return toChange(r);
  }
}
