import type { Knex } from 'knex';
import { toIsoDate } from '../../kit/dates.js';
import { SectorRepository } from '../../kit/database/sector-repository.js';
import type { RecordArea } from '../../kit/units/unit-directory.js';
import type { KeyColumn } from '../../kit/graphql/keyset.js';
import { firstPerParent } from '../../kit/sql/first-per-parent.js';
import { live, recordedIn } from '../records.repository.js';
import type { PositionReport, VmsDevice } from './vms.model.js';

interface DeviceRow {
  id: number;
  vessel_id: number;
  serial_number: string;
  provider: string;
  installed_on: string | Date;
  removed_on: string | Date | null;
}

interface PositionRow {
  id: string | number;
  vessel_id: number;
  device_id: number;
  at: Date;
  latitude: string | number;
  longitude: string | number;
  speed_knots: string | number;
  course: number;
}

const DEVICE_COLUMNS = ['d.ID_THIETBI as id', 'd.ID_TAU as vessel_id', 'd.SERIAL as serial_number', 'd.NHACUNGCAP as provider', 'd.NGAYLAP as installed_on', 'd.NGAYGO as removed_on'];
const POSITION_COLUMNS = ['b.ID as id', 'b.ID_TAU as vessel_id', 'b.ID_THIETBI as device_id', 'b.THOIGIAN as at', 'b.VIDO as latitude', 'b.KINHDO as longitude', 'b.VANTOC as speed_knots', 'b.HUONG as course'];

const toDevice = (r: DeviceRow): VmsDevice => ({
  id: Number(r.id),
  vesselId: Number(r.vessel_id),
  serialNumber: r.serial_number,
  provider: r.provider,
  installedOn: toIsoDate(r.installed_on),
  removedOn: toIsoDate(r.removed_on),
});

const toPosition = (r: PositionRow): PositionReport => ({
  id: String(r.id),
  vesselId: Number(r.vessel_id),
  deviceId: Number(r.device_id),
  at: r.at,
  latitude: Number(r.latitude),
  longitude: Number(r.longitude),
  speedKnots: Number(r.speed_knots),
  course: Number(r.course),
});

const NEWEST_REPORT_FIRST: readonly KeyColumn[] = [
  { column: 'b.THOIGIAN', direction: 'desc', type: 'instant' },
  { column: 'b.ID', direction: 'desc', type: 'int' },
];

/**
 * THIETBI_VMS and BANTIN_VITRI. Neither carries a unit code: rows are scoped through the live
 * vessel they belong to, so a caller never sees a device or a track of a vessel outside its area.
 */
export class VmsRepository extends SectorRepository {
  readonly data = 'records';

  private ofVisibleVessels(table: string, alias: string, area: RecordArea): Knex.QueryBuilder {
    const q = this.knex(`${table} as ${alias}`).join(live(this.db, 'TAUCA', 'v'), 'v.ID_TAU', `${alias}.ID_TAU`);
    return this.inArea(q, recordedIn('v'), area);
  }

  async devicesByIds(ids: readonly number[], area: RecordArea): Promise<VmsDevice[]> {
    const rows: DeviceRow[] = await this.ofVisibleVessels('THIETBI_VMS', 'd', area)
      .select(DEVICE_COLUMNS)
      .where('d.DAXOA', 0)
      .where(this.inList('d.ID_THIETBI', ids));
    return rows.map(toDevice);
  }

  /** The device fitted now (not removed) to each vessel; the latest one if the registry has two. */
  async currentDevices(vesselIds: readonly number[], area: RecordArea): Promise<VmsDevice[]> {
    const rows: DeviceRow[] = await this.ofVisibleVessels('THIETBI_VMS', 'd', area)
      .select(DEVICE_COLUMNS)
      .where('d.DAXOA', 0)
      .whereNull('d.NGAYGO')
      .where(this.inList('d.ID_TAU', vesselIds))
      .orderBy('d.NGAYLAP', 'asc');
    return rows.map(toDevice);
  }

  async positionsByIds(ids: readonly string[], area: RecordArea): Promise<PositionReport[]> {
    const numeric = ids.filter((id) => /^\d{1,15}$/.test(id)).map(Number);
    if (numeric.length === 0) return [];
    const rows: PositionRow[] = await this.ofVisibleVessels('BANTIN_VITRI', 'b', area).select(POSITION_COLUMNS).where(this.inList('b.ID', numeric));
    return rows.map(toPosition);
  }

  /** The latest position report of each vessel, for a whole batch in one statement. */
  async lastPositions(vesselIds: readonly number[], area: RecordArea): Promise<PositionReport[]> {
    const base = this.ofVisibleVessels('BANTIN_VITRI', 'b', area).select(POSITION_COLUMNS).where(this.inList('b.ID_TAU', vesselIds));
    return (await firstPerParent<PositionRow>(this.knex, base, 'b.ID_TAU', NEWEST_REPORT_FIRST, 1)).map(toPosition);
  }
}
