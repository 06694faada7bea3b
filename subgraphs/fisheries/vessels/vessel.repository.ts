import type { Knex } from 'knex';
import { ListRepository } from '../../kit/database/list-repository.js';
import { fromDmy, toIsoDate } from '../../kit/dates.js';
import type { RecordArea } from '../../kit/units/unit-directory.js';
import type { KeyColumn } from '../../kit/graphql/keyset.js';
import type { CountArgs } from '../../kit/graphql/scoped-page-loader.js';
import { codeOfLengthClass, lengthClassOfCode } from '../lookups/codes.js';
import { live, recordedIn } from '../records.repository.js';
import type { Vessel, VesselListFilter, VesselOwner } from './vessel.model.js';

interface VesselRow {
  id: number;
  registration_number: string;
  name: string | null;
  length_meters: string | number;
  length_class: string;
  engine_power_kw: string | number | null;
  home_port_code: string | null;
  registered_on: string;
  re_registered_on: string | Date | null;
  deregistered_on: string | Date | null;
  unit_code: string;
}

const COLUMNS = [
  'v.ID_TAU as id',
  'v.SODANGKY as registration_number',
  'v.TENTAU as name',
  'v.CHIEUDAI as length_meters',
  'v.NHOMCHIEUDAI as length_class',
  'v.CONGSUAT_KW as engine_power_kw',
  'v.CANGCA as home_port_code',
  'v.NGAYDANGKY as registered_on',
  'v.NGAYCAPLAI as re_registered_on',
  'v.NGAYXOADANGKY as deregistered_on',
  'v.unit_code as unit_code',
];

const toVessel = (r: VesselRow): Vessel => {
  const registeredOn = fromDmy(r.registered_on);
  const reRegisteredOn = toIsoDate(r.re_registered_on);
  return {
    id: Number(r.id),
    registrationNumber: r.registration_number,
    name: r.name,
    lengthMeters: Number(r.length_meters),
    lengthClass: lengthClassOfCode(r.length_class),
    enginePowerKw: r.engine_power_kw === null ? null : Number(r.engine_power_kw),
    homePortCode: r.home_port_code,
    registeredOn,
    reRegisteredOn,
    deregisteredOn: toIsoDate(r.deregistered_on),
    unitCode: r.unit_code,
    recordedOn: reRegisteredOn ?? registeredOn,
  };
};

/** Vessels are listed in registration-number order, which is unique. */
const VESSEL_ORDER: readonly KeyColumn[] = [{ column: 'v.SODANGKY', direction: 'asc', type: 'text' }];

const vesselKey = (v: Vessel): string[] => [v.registrationNumber];

/** The only place that reads TAUCA. Every method is one statement for a whole batch. */
export class VesselRepository extends ListRepository<VesselListFilter, VesselRow, Vessel> {
  readonly pageOrder = VESSEL_ORDER;
  readonly pageKey = vesselKey;

  private vessels(area: RecordArea): Knex.QueryBuilder {
    return this.inArea(this.knex.from(live(this.db, 'TAUCA', 'v')), recordedIn('v'), area);
  }

  async byIds(ids: readonly number[], area: RecordArea): Promise<Vessel[]> {
    const rows: VesselRow[] = await this.vessels(area).select(COLUMNS).where(this.inList('v.ID_TAU', ids));
    return rows.map(toVessel);
  }

  async byRegistrationNumbers(numbers: readonly string[], area: RecordArea): Promise<Vessel[]> {
    const rows: VesselRow[] = await this.vessels(area).select(COLUMNS).where(this.inList('v.SODANGKY', numbers));
    return rows.map(toVessel);
  }

  async owners(ids: readonly number[], area: RecordArea): Promise<VesselOwner[]> {
    const rows: Array<{ id: number; name: string; id_number: string | null; phone: string | null }> = await this.vessels(area)
      .select('v.ID_TAU as id', 'v.CHUTAU as name', 'v.CCCD_CHUTAU as id_number', 'v.SDT_CHUTAU as phone')
      .where(this.inList('v.ID_TAU', ids));
    return rows.map((r) => ({ vesselId: Number(r.id), name: r.name, idNumber: r.id_number, phone: r.phone }));
  }

  /** The list's records the caller may see, its filters applied: no order, no page. */
  protected listed(args: CountArgs<VesselListFilter>): Knex.QueryBuilder {
    const knex = this.knex;
    const { filter } = args;
    const base = this.inArea(knex.from(live(this.db, 'TAUCA', 'v')), recordedIn('v'), args.area).whereNull('v.NGAYXOADANGKY');
    if (filter.lengthClass) base.where('v.NHOMCHIEUDAI', codeOfLengthClass(filter.lengthClass));
    if (filter.hasVms !== null) {
      const fitted = knex('THIETBI_VMS as d').select(knex.raw('1')).whereRaw('?? = ??', ['d.ID_TAU', 'v.ID_TAU']).where('d.DAXOA', 0).whereNull('d.NGAYGO');
      if (filter.hasVms) base.whereExists(fitted);
      else base.whereNotExists(fitted);
    }
    return base;
  }

  /** The list: registered (not struck-off) vessels, in registration-number order. */
  protected readonly unitColumn = 'v.unit_code';
  // The unit code is computed (commune, else district): no index serves it code by code.
  protected override readonly strategy = 'window' as const;
  protected readonly columns = COLUMNS;

  protected toItem(r: VesselRow): Vessel {
    return toVessel(r);
  }
}
