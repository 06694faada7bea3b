import type { Knex } from 'knex';
import { MeasureRepository } from '../../kit/database/measure-repository.js';
import { DAY_MS, HOUR_MS } from '../../kit/dates.js';
import { periodInstants, type DatePeriod } from '../../kit/indicators/period.js';
import { ARRIVAL_CODE, BOUNDARY_CROSSING_CODE, DEPARTURE_CODE, OFFSHORE_CLASS_CODES } from '../lookups/codes.js';
import { live } from '../records.repository.js';

/** Every measure the statement returns, in the column order each branch of the union selects. */
const MEASURES = [
  'vessels',
  'under_12m',
  'from_12_to_15m',
  'from_15_to_24m',
  'from_24m',
  'from_15m',
  'vms_from_15m',
  'at_sea',
  'in_port',
  'signal_lost_6h',
  'at_sea_over_10d',
  'port_checks',
  'violations',
  'boundary_crossings',
] as const;
type Measure = (typeof MEASURES)[number];

/** No report for this long while at sea is a lost signal (Decree 26/2019, art. 44). */
const SIGNAL_LOST_AFTER_MS = 6 * HOUR_MS;
const LONG_TRIP_MS = 10 * DAY_MS;

/**
 * The measures behind the fisheries indicators, per recorded unit code, in ONE statement: three
 * grouped branches (fleet status at the end of the period, port checks in it, violations in it)
 * joined by UNION ALL; the kit adds the branches' rows of one code together.
 */
export class FisheriesMeasures extends MeasureRepository {
  protected readonly measureNames = MEASURES;

  protected branches(codes: readonly string[], period: DatePeriod): Knex.QueryBuilder[] {
    const { from: start, to: end } = periodInstants(period);
    const fleet = this.fleetAt(codes, period.to, end);
    const checks = this.countIn(codes, 'RAVAO_CANG', start, end, { port_checks: this.knex.raw('count(*)') });
    const violations = this.countIn(codes, 'VIPHAM', start, end, {
      violations: this.knex.raw('count(*)'),
      boundary_crossings: this.countWhen('?? = ?', ['r.MALOAI', BOUNDARY_CROSSING_CODE]),
    });
    return [fleet, checks, violations];
  }

  /**
   * Vessels registered on `lastDay` (by the registration record in force that day, under the codes
   * written on it, so a re-registration after the reform does not move a past count), by length
   * class, with their VMS device, their status at `end` from the last port check before it, and
   * whether the VMS centre's log shows them silent for over 6 hours then.
   */
  private fleetAt(codes: readonly string[], lastDay: string, end: Date): Knex.QueryBuilder {
    const knex = this.knex;
    const offshore = ['v.NHOMCHIEUDAI', ...OFFSHORE_CLASS_CODES];
    const atSea = '?? = ?';
    const atSeaBindings = ['lp.LOAI', DEPARTURE_CODE];
    const measures: Partial<Record<Measure, Knex.Raw>> = {
      vessels: knex.raw('count(*)'),
      under_12m: this.countWhen('?? = ?', ['v.NHOMCHIEUDAI', '01']),
      from_12_to_15m: this.countWhen('?? = ?', ['v.NHOMCHIEUDAI', '02']),
      from_15_to_24m: this.countWhen('?? = ?', ['v.NHOMCHIEUDAI', '03']),
      from_24m: this.countWhen('?? = ?', ['v.NHOMCHIEUDAI', '04']),
      from_15m: this.countWhen('?? in (?, ?)', offshore),
      vms_from_15m: this.countWhen('?? in (?, ?) and ?? is not null', [...offshore, 'vms.ID_TAU']),
      at_sea: this.countWhen(atSea, atSeaBindings),
      // Offshore vessels not at sea: back in port, or never left since registration.
      in_port: this.countWhen('?? in (?, ?) and (?? is null or ?? = ?)', [...offshore, 'lp.LOAI', 'lp.LOAI', ARRIVAL_CODE]),
      // Silent for over 6 h at `end`, the silence begun on this trip (the port checks the device at departure).
      signal_lost_6h: this.countWhen(`${atSea} and ?? is not null and ?? >= ??`, [...atSeaBindings, 'vms.ID_TAU', 'ls.LOST_AT', 'lp.THOIGIAN']),
      at_sea_over_10d: this.countWhen(`${atSea} and ?? < ?`, [...atSeaBindings, 'lp.THOIGIAN', new Date(end.getTime() - LONG_TRIP_MS)]),
    };
    const vmsFitted = knex('THIETBI_VMS as d')
      .distinct('d.ID_TAU')
      .where('d.DAXOA', 0)
      .where('d.NGAYLAP', '<=', lastDay)
      .andWhere((w) => w.whereNull('d.NGAYGO').orWhere('d.NGAYGO', '>', lastDay))
      .as('vms');
    const lastPortCall = knex
      .select('ranked.ID_TAU', 'ranked.LOAI', 'ranked.THOIGIAN')
      .from(
        knex('RAVAO_CANG as e')
          .select('e.ID_TAU', 'e.LOAI', 'e.THOIGIAN', knex.raw('row_number() over (partition by ?? order by ?? desc, ?? desc) as ??', ['e.ID_TAU', 'e.THOIGIAN', 'e.ID', 'rank_in_vessel']))
          .where('e.DAXOA', 0)
          .where('e.THOIGIAN', '<', end)
          .as('ranked'),
      )
      .where('ranked.rank_in_vessel', 1)
      .as('lp');
    // Silences that began over 6 h before `end` and had not ended by then.
    const silent = knex('MATKETNOI_VMS as s')
      .select('s.ID_TAU')
      .max('s.BATDAU as LOST_AT')
      .where('s.DAXOA', 0)
      .where('s.BATDAU', '<=', new Date(end.getTime() - SIGNAL_LOST_AFTER_MS))
      .andWhere((w) => w.whereNull('s.KETTHUC').orWhere('s.KETTHUC', '>', end))
      .groupBy('s.ID_TAU')
      .as('ls');
    return knex
      .from(live(this.db, 'TAUCA', 'v'))
      .join(live(this.db, 'TAUCA_DANGKY', 'g'), 'g.ID_TAU', 'v.ID_TAU')
      .leftJoin(vmsFitted, 'vms.ID_TAU', 'v.ID_TAU')
      .leftJoin(lastPortCall, 'lp.ID_TAU', 'v.ID_TAU')
      .leftJoin(silent, 'ls.ID_TAU', 'v.ID_TAU')
      .select(this.branchColumns('g.unit_code', measures))
      .where(this.inList('g.unit_code', codes))
      .where('g.TUNGAY', '<=', lastDay)
      .andWhere((w) => w.whereNull('g.DENNGAY').orWhere('g.DENNGAY', '>', lastDay))
      .groupBy('g.unit_code');
  }

  /** Records of an event table within [start, end), grouped by the unit code they were recorded under. */
  private countIn(codes: readonly string[], table: 'RAVAO_CANG' | 'VIPHAM', start: Date, end: Date, measures: Partial<Record<Measure, Knex.Raw>>) {
    return this.knex
      .from(live(this.db, table, 'r'))
      .select(this.branchColumns('r.unit_code', measures))
      .where(this.inList('r.unit_code', codes))
      .where('r.THOIGIAN', '>=', start)
      .where('r.THOIGIAN', '<', end)
      .groupBy('r.unit_code');
  }
}
