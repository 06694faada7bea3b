import type { Knex } from 'knex';
import { ListRepository } from '../../kit/database/list-repository.js';
import type { RecordedColumns } from '../../kit/database/sector-repository.js';
import type { RecordArea } from '../../kit/units/unit-directory.js';
import { toIsoDate } from '../../kit/dates.js';
import type { KeyColumn } from '../../kit/graphql/keyset.js';
import type { CountArgs } from '../../kit/graphql/scoped-page-loader.js';
import { DISPUTE_STATUS_CODES, disputeStatusOf } from '../lookups/codes.js';
import type { Dispute, DisputeFilter } from './dispute.model.js';

interface DisputeRow {
  id: number;
  parcel_id: number;
  unit_code: string;
  subject: string;
  received_on: string | Date;
  closed_on: string | Date | null;
  status_code: string;
}

const COLUMNS = [
  't.TRANHCHAPID as id',
  't.THUADATID as parcel_id',
  't.MADVHC as unit_code',
  't.NOIDUNG as subject',
  't.NGAYTIEPNHAN as received_on',
  't.NGAYKETTHUC as closed_on',
  't.MATRANGTHAI as status_code',
];

/** Newest first. */
const DISPUTE_ORDER: readonly KeyColumn[] = [
  { column: 't.NGAYTIEPNHAN', direction: 'desc', type: 'date' },
  { column: 't.TRANHCHAPID', direction: 'desc', type: 'int' },
];

const toDispute = (r: DisputeRow): Dispute => ({
  id: Number(r.id),
  parcelId: Number(r.parcel_id),
  unitCode: r.unit_code,
  recordedOn: toIsoDate(r.received_on),
  subject: r.subject,
  receivedOn: toIsoDate(r.received_on),
  closedOn: toIsoDate(r.closed_on),
  status: disputeStatusOf(r.status_code),
});

const disputeKey = (d: Dispute): string[] => [d.receivedOn, String(d.id)];

/** DC_TRANHCHAP. */
/** Where a record was recorded: its unit code and the day it was made. */
const RECORDED: RecordedColumns = { unit: 't.MADVHC', on: 't.NGAYTIEPNHAN', kind: 'date' };

export class DisputeRepository extends ListRepository<DisputeFilter, DisputeRow, Dispute> {
  readonly pageOrder = DISPUTE_ORDER;
  readonly pageKey = disputeKey;

  private base(): Knex.QueryBuilder {
    return this.knex('DC_TRANHCHAP as t').where('t.DAXOA', 0);
  }

  async byIds(ids: readonly number[], area: RecordArea): Promise<Dispute[]> {
    const rows: DisputeRow[] = await this.inArea(this.base().select(COLUMNS).where(this.inList('t.TRANHCHAPID', ids)), RECORDED, area);
    return rows.map(toDispute);
  }

  /** Disputes of each parcel, oldest first. */
  async ofParcels(parcelIds: readonly number[], area: RecordArea): Promise<Dispute[]> {
    const q = this.base().select(COLUMNS).where(this.inList('t.THUADATID', parcelIds)).orderBy(['t.NGAYTIEPNHAN', 't.TRANHCHAPID']);
    const rows: DisputeRow[] = await this.inArea(q, RECORDED, area);
    return rows.map(toDispute);
  }

  /** The list's records the caller may see, its filters applied: no order, no page. */
  protected listed(args: CountArgs<DisputeFilter>): Knex.QueryBuilder {
    const base = this.inArea(this.base(), RECORDED, args.area);
    if (args.filter.period) base.whereBetween('t.NGAYTIEPNHAN', [args.filter.period.from, args.filter.period.to]);
    if (args.filter.status) base.where('t.MATRANGTHAI', DISPUTE_STATUS_CODES[args.filter.status]);
    return base;
  }

  protected readonly unitColumn = RECORDED.unit;
  protected readonly columns = COLUMNS;

  protected toItem(r: DisputeRow): Dispute {
    return toDispute(r);
  }
}
