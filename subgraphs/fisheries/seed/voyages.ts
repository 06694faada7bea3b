import type { IsoDate } from '../../kit/dates.js';
import { createRandom, type Random } from '../../kit/seed/random.js';
import { ARRIVAL_CODE, DEPARTURE_CODE } from '../lookups/codes.js';
import { startOfVietnamDay, vietnamDayOf } from '../../kit/dates.js';
import { DAY_MS, HOUR_MS } from '../../kit/dates.js';
import { codesOn, DATA_FROM, isOffshore, type DevicePlan, type Fleet, type VesselPlan } from './fleet.js';
import { portByCode, PORTS, type Port } from './places.js';
import { VMS_POSITIONS_KEPT_DAYS } from '../indicators/indicators.js';
import { seedHorizon } from '../../kit/seed/horizon.js';

/** Days of position reports the provincial VMS mirror keeps before `until`. */
export const POSITION_RETENTION_DAYS = VMS_POSITIONS_KEPT_DAYS;
const REPORT_EVERY_MS = 4 * HOUR_MS;
const MINUTE_MS = 60_000;

export interface Voyages {
  /** RAVAO_CANG rows. */
  readonly portCalls: Array<Record<string, unknown>>;
  /** BANTIN_VITRI rows. */
  readonly positions: Array<Record<string, unknown>>;
  /** MATKETNOI_VMS rows: every silence of a trip, from the first day of the data. */
  readonly signalLosses: Array<Record<string, unknown>>;
}

interface Trip {
  readonly departure: number;
  /** Planned return; past `until` for a vessel still at sea. */
  readonly arrival: number;
  readonly from: Port;
  readonly to: Port;
}

/**
 * Port exits and entries of the ≥ 15 m fleet (the vessels that must report them through a
 * designated port), the VMS position reports of the trips within the retention window, and the VMS
 * centre's log of every silence since the data begins.
 */
export function planVoyages(fleet: Fleet, until: IsoDate): Voyages {
  // The end of `until`, or now when it is today: no port call or report is written in the future.
  const untilEnd = seedHorizon(until).getTime();
  const retainedFrom = untilEnd - POSITION_RETENTION_DAYS * DAY_MS;
  const devicesOf = new Map<number, DevicePlan[]>();
  for (const d of fleet.devices) if (!d.deleted) devicesOf.set(d.vesselId, [...(devicesOf.get(d.vesselId) ?? []), d]);
  const portCalls: Array<Record<string, unknown>> = [];
  const positions: Array<Record<string, unknown>> = [];
  const signalLosses: Array<Record<string, unknown>> = [];
  for (const vessel of fleet.vessels) {
    if (vessel.deleted || !isOffshore(vessel.classCode)) continue;
    const random = createRandom(`fisheries:voyages:${vessel.id}`);
    const end = vessel.deregistered ? startOfVietnamDay(vessel.deregistered).getTime() : untilEnd;
    for (const trip of trips(random, vessel, end, untilEnd)) {
      addPortCall(portCalls, random, vessel, trip.from, DEPARTURE_CODE, trip.departure);
      if (trip.arrival < end) addPortCall(portCalls, random, vessel, trip.to, ARRIVAL_CODE, trip.arrival);
      const device = deviceOn(devicesOf.get(vessel.id) ?? [], vietnamDayOf(trip.departure));
      if (device) {
        const silence = addPositions(positions, random, vessel, device, trip, retainedFrom, Math.min(trip.arrival, untilEnd));
        if (silence) signalLosses.push({ ID: signalLosses.length + 1, ID_TAU: vessel.id, ID_THIETBI: device.id, ...silence, DAXOA: 0 });
      }
    }
  }
  return { portCalls, positions, signalLosses };
}

function* trips(random: Random, vessel: VesselPlan, end: number, untilEnd: number): Generator<Trip> {
  // Most trips work the nearer offshore grounds for a week or so; some go to the far grounds
  // (Hoàng Sa, Trường Sa) for weeks, the ≥ 24 m vessels more often.
  const farShare = vessel.classCode === '04' ? 0.45 : 0.25;
  const home = portByCode.get(vessel.homePort!)!;
  const startDay = vessel.firstRegistered > DATA_FROM ? vessel.firstRegistered : DATA_FROM;
  let departure = startOfVietnamDay(startDay).getTime() + random.int(0, 12) * DAY_MS + localHour(random);
  let from = home;
  while (departure < end) {
    const [shortest, longest] = random.chance(farShare) ? [14, 30] : [3, 9];
    const arrival = departure + random.int(shortest * 24, longest * 24) * HOUR_MS + random.int(0, 59) * MINUTE_MS;
    const to = random.chance(0.8) ? home : random.pick(PORTS);
    // A vessel deregistered at sea is not: it is struck off in port, after its last return.
    if (arrival >= end && end < untilEnd) return;
    yield { departure, arrival, from, to };
    // Between trips: unloading, repairs, weather; now and then laid up for want of crew or fuel money.
    const stayDays = random.chance(0.15) ? random.int(30, 90) : random.int(6, 18);
    departure = startOfVietnamDay(vietnamDayOf(arrival + stayDays * DAY_MS)).getTime() + localHour(random);
    from = to;
  }
}

/** Vessels leave between 05:00 and 18:59 local time. */
const localHour = (random: Random) => random.int(5, 18) * HOUR_MS + random.int(0, 59) * MINUTE_MS;

function addPortCall(rows: Array<Record<string, unknown>>, random: Random, vessel: VesselPlan, port: Port, kind: string, at: number) {
  const offshore24 = vessel.classCode === '04';
  const row = {
    ID: rows.length + 1,
    ID_TAU: vessel.id,
    MACANG: port.code,
    LOAI: kind,
    THOIGIAN: new Date(at),
    SOTHUYENVIEN: offshore24 ? random.int(10, 18) : random.int(6, 12),
    SANLUONG_KG: kind === ARRIVAL_CODE ? (offshore24 ? random.int(5000, 35000) : random.int(2000, 15000)) : null,
    ...codesOn(vessel, vietnamDayOf(at)),
    DAXOA: 0,
  };
  rows.push(row);
  // Now and then a clerk types the same check twice; the duplicate is soft-deleted.
  if (random.chance(0.005)) rows.push({ ...row, ID: rows.length + 1, DAXOA: 1 });
}

function deviceOn(devices: readonly DevicePlan[], day: IsoDate): DevicePlan | undefined {
  return devices.find((d) => d.installed <= day && (d.removed === null || d.removed > day));
}

/**
 * Reports every 4 hours (± 25 min) from departure until return or `until`, kept from `keepFrom` on.
 * Some trips have a gap (device off for 8 h to 4 days) and a few go silent for the rest of the
 * trip; the port checks the device at departure, so every trip starts with reports. Returns the
 * trip's silence as the VMS centre logs it: from the last report before it to the first one after
 * (the port check on return, for a trip silent to the end; none while still silent).
 */
function addPositions(
  rows: Array<Record<string, unknown>>,
  random: Random,
  vessel: VesselPlan,
  device: DevicePlan,
  trip: Trip,
  keepFrom: number,
  stop: number,
): { BATDAU: Date; KETTHUC: Date | null } | null {
  const roll = random.next();
  let gapFrom = Number.POSITIVE_INFINITY;
  let gapTo = Number.POSITIVE_INFINITY;
  const firstReport = trip.departure + random.int(10, 40) * MINUTE_MS;
  if (roll < 0.04) {
    gapFrom = firstReport + random.int(1, 3) * REPORT_EVERY_MS - MINUTE_MS;
  } else if (roll < 0.18) {
    gapFrom = firstReport + random.next() * (trip.arrival - trip.departure) * 0.8;
    gapTo = gapFrom + random.int(8, 96) * HOUR_MS;
  }
  const far = vessel.classCode === '04';
  const ground = { lat: 14.2 + random.next() * 2.8, lon: far ? 110.5 + random.next() * 1.8 : 109.4 + random.next() * 1.6 };
  const duration = trip.arrival - trip.departure;
  let previous = { lat: trip.from.lat, lon: trip.from.lon };
  let lastBefore: number | null = null;
  let firstAfter: number | null = null;
  for (let at = firstReport; at < stop; at += REPORT_EVERY_MS + random.int(-25, 25) * MINUTE_MS) {
    if (at < gapFrom) lastBefore = at;
    else if (at >= gapTo && firstAfter === null) firstAfter = at;
    if ((at >= gapFrom && at < gapTo) || at < keepFrom) continue;
    const f = (at - trip.departure) / duration;
    let point: { lat: number; lon: number };
    let speed: number;
    if (f < 0.2) {
      point = lerp(trip.from, ground, f / 0.2);
      speed = 7 + random.next() * 2.5;
    } else if (f > 0.85) {
      point = lerp(ground, trip.to, (f - 0.85) / 0.15);
      speed = 7 + random.next() * 2.5;
    } else {
      point = { lat: ground.lat + (random.next() - 0.5) * 0.4, lon: ground.lon + (random.next() - 0.5) * 0.4 };
      speed = random.next() * 4;
    }
    rows.push({
      ID: rows.length + 1,
      ID_TAU: vessel.id,
      ID_THIETBI: device.id,
      THOIGIAN: new Date(Math.round(at / 1000) * 1000),
      VIDO: round6(point.lat),
      KINHDO: round6(point.lon),
      VANTOC: Math.round(speed * 10) / 10,
      HUONG: bearing(previous, point),
    });
    previous = point;
  }
  if (lastBefore === null || gapFrom >= stop) return null;
  // Silent to the last report of the loop: restored by the port check on return, if it is back.
  const restored = firstAfter ?? (trip.arrival <= stop ? trip.arrival : null);
  return { BATDAU: new Date(Math.round(lastBefore / 1000) * 1000), KETTHUC: restored === null ? null : new Date(Math.round(restored / 1000) * 1000) };
}

const lerp = (a: { lat: number; lon: number }, b: { lat: number; lon: number }, f: number) => ({
  lat: a.lat + (b.lat - a.lat) * f,
  lon: a.lon + (b.lon - a.lon) * f,
});
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
const bearing = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) =>
  Math.round(((Math.atan2(b.lon - a.lon, b.lat - a.lat) * 180) / Math.PI + 360) % 360);
