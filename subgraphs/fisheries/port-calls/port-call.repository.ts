import type { Knex } from 'knex';
import { ListRepository } from '../../kit/database/list-repository.js';
import type { RecordArea } from '../../kit/units/unit-directory.js';
import { vietnamDayOf } from '../../kit/dates.js';
import type { KeyColumn } from '../../kit/graphql/keyset.js';
import type { CountArgs } from '../../kit/graphql/scoped-page-loader.js';
import { firstPerParent } from '../../kit/sql/first-per-parent.js';
import { codeOfPortCallKind, portCallKindOfCode } from '../lookups/codes.js';
import { live, recordedIn } from '../records.repository.js';
import type { PortCall, PortCallListFilter } from './port-call.model.js';

interface PortCallRow {
  id: number;
  vessel_id: number;
  kind: string;
  at: Date;
  port_code: string;
  crew: number | null;
  catch_kg: string | number | null;
  unit_code: string;
}

const COLUMNS = [
  'e.ID as id',
  'e.ID_TAU as vessel_id',
  'e.LOAI as kind',
  'e.THOIGIAN as at',
  'e.MACANG as port_code',
  'e.SOTHUYENVIEN as crew',
  'e.SANLUONG_KG as catch_kg',
  'e.unit_code as unit_code',
];

const toPortCall = (r: PortCallRow): PortCall => ({
  id: Number(r.id),
  vesselId: Number(r.vessel_id),
  kind: portCallKindOfCode(r.kind),
  at: r.at,
  portCode: r.port_code,
  crew: r.crew === null ? null : Number(r.crew),
  catchKg: r.catch_kg === null ? null : Number(r.catch_kg),
  unitCode: r.unit_code,
  recordedOn: vietnamDayOf(r.at),
});

/** Newest first. */
const PORT_CALL_ORDER: readonly KeyColumn[] = [
  { column: 'e.THOIGIAN', direction: 'desc', type: 'instant' },
  { column: 'e.ID', direction: 'desc', type: 'int' },
];

const portCallKey = (p: PortCall): string[] => [p.at.toISOString(), String(p.id)];

/** RAVAO_CANG. Port calls are scoped by the unit code they were recorded under. */
export class PortCallRepository extends ListRepository<PortCallListFilter, PortCallRow, PortCall> {
  readonly pageOrder = PORT_CALL_ORDER;
  readonly pageKey = portCallKey;

  private portCalls(area: RecordArea): Knex.QueryBuilder {
    return this.inArea(this.knex.from(live(this.db, 'RAVAO_CANG', 'e')), recordedIn('e'), area);
  }

  async byIds(ids: readonly number[], area: RecordArea): Promise<PortCall[]> {
    const rows: PortCallRow[] = await this.portCalls(area).select(COLUMNS).where(this.inList('e.ID', ids));
    return rows.map(toPortCall);
  }

  /** The newest `first` port calls of each vessel of a batch, in one statement. */
  async latestOfVessels(vesselIds: readonly number[], first: number, area: RecordArea): Promise<PortCall[]> {
    const base = this.portCalls(area).select(COLUMNS).where(this.inList('e.ID_TAU', vesselIds));
    return (await firstPerParent<PortCallRow>(this.knex, base, 'e.ID_TAU', PORT_CALL_ORDER, first)).map(toPortCall);
  }

  /** The list's records the caller may see, its filters applied: no order, no page. */
  protected listed(args: CountArgs<PortCallListFilter>): Knex.QueryBuilder {
    const knex = this.knex;
    const { filter } = args;
    const base = this.inArea(knex.from(live(this.db, 'RAVAO_CANG', 'e')), recordedIn('e'), args.area).where('e.THOIGIAN', '>=', filter.from).where('e.THOIGIAN', '<', filter.to);
    if (filter.kind) base.where('e.LOAI', codeOfPortCallKind(filter.kind));
    return base;
  }

  protected readonly unitColumn = 'e.unit_code';
  // The unit code is computed (commune, else district): no index serves it code by code.
  protected override readonly strategy = 'window' as const;
  protected readonly columns = COLUMNS;

  protected toItem(r: PortCallRow): PortCall {
    return toPortCall(r);
  }
}
