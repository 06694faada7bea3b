import type { IsoDate } from '../../kit/dates.js';
import { REFORM_DATE } from '../../kit/indicators/period.js';
import { createRandom, type Random } from '../../kit/seed/random.js';
import { LENGTH_CLASSES } from '../lookups/codes.js';
import { DAY_MS } from '../../kit/dates.js';
import { owner, vesselName, type Owner } from './people.js';
import { FLEET_DISTRICTS, successorOf } from './places.js';

/** The first day the demo's activity data covers. */
export const DATA_FROM: IsoDate = '2023-01-01';
/** Vessels (all classes) at scale 1. */
const VESSELS_AT_SCALE_1 = 2000;

export interface VesselPlan {
  readonly id: number;
  readonly registrationNumber: string;
  readonly name: string | null;
  readonly lengthMeters: number;
  readonly classCode: string;
  readonly powerKw: number;
  /** Null for a reservoir boat. */
  readonly homePort: string | null;
  readonly owner: Owner;
  readonly districtCode: string;
  readonly communeCode: string | null;
  /** The commune the owner's old commune went into on 2025-07-01. */
  readonly newCommuneCode: string;
  readonly firstRegistered: IsoDate;
  readonly reRegistered: IsoDate | null;
  readonly deregistered: IsoDate | null;
  /** Entered by mistake and soft-deleted (DAXOA = 1): never shown or counted. */
  readonly deleted: boolean;
}

export interface DevicePlan {
  readonly id: number;
  readonly vesselId: number;
  readonly serial: string;
  readonly provider: string;
  readonly installed: IsoDate;
  readonly removed: IsoDate | null;
  readonly deleted: boolean;
}

export interface UnitCodes {
  readonly MAHUYEN: string | null;
  readonly MAXA: string | null;
}

/**
 * The unit codes a record about the vessel made on `day` carries: the owner's old district and
 * commune until the vessel is registered or re-registered on or after the reform, then the new
 * commune only.
 */
export function codesOn(vessel: VesselPlan, day: IsoDate): UnitCodes {
  const underNewCodes =
    vessel.firstRegistered >= REFORM_DATE || (vessel.reRegistered !== null && day >= vessel.reRegistered);
  return underNewCodes ? { MAHUYEN: null, MAXA: vessel.newCommuneCode } : { MAHUYEN: vessel.districtCode, MAXA: vessel.communeCode };
}

/** True when a ≥ 15 m class code (VMS and port reporting are mandatory). */
export const isOffshore = (classCode: string): boolean => classCode === '03' || classCode === '04';

const addDays = (day: IsoDate, days: number): IsoDate => new Date(Date.parse(day) + days * DAY_MS).toISOString().slice(0, 10);
const maxDay = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

const POWER_KW: Record<string, readonly [number, number]> = { '01': [15, 90], '02': [90, 250], '03': [250, 600], '04': [450, 1000] };
const PROVIDERS: ReadonlyArray<readonly [string, number, string]> = [
  ['Movimar', 45, 'MVM'],
  ['Vishipel', 25, 'VSP'],
  ['Hải Đăng', 20, 'HDS'],
  ['Sky-Elec', 10, 'SKE'],
];

function registrationNumbers(random: Random, count: number): number[] {
  // Shuffled from the 9xxxx series; larger scales spill into six digits.
  const pool = Array.from({ length: Math.max(9999, Math.ceil(count * 1.5)) }, (_, i) => 90001 + i);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

function planVessel(random: Random, id: number, serial: number, until: IsoDate): VesselPlan {
  const district = random.weighted(FLEET_DISTRICTS.map((d) => [d, d.weight] as const));
  // The province's registry series: QNg-9xxxx-TS, and KT-… for old Kon Tum's boats.
  const registrationNumber = `${district.registry}-${serial}-TS`;
  const lengthClass = random.weighted(LENGTH_CLASSES.map((c, i) => [c, district.classMix[i]!] as const));
  // Boats start at 6 m; the longest Quảng Ngãi vessels are a little over 30 m.
  const shortest = Math.max(lengthClass.fromMeters, 6);
  const longest = (lengthClass.toMeters ?? 32) - 0.01;
  const lengthMeters = Math.round(100 * (shortest + random.next() * (longest - shortest))) / 100;
  const [minKw, maxKw] = POWER_KW[lengthClass.code]!;
  const communeCode = district.communes.length ? random.weighted(district.communes) : null;
  const isNew = random.chance(0.08);
  const firstRegistered = isNew ? random.day(DATA_FROM, until) : random.day('2005-01-01', '2022-12-31');
  const deregistered = random.chance(0.045) ? random.day(maxDay(addDays(firstRegistered, 180), DATA_FROM), maxDay(addDays(firstRegistered, 180), until)) : null;
  const reRegistrable = until >= REFORM_DATE && firstRegistered < REFORM_DATE && (deregistered === null || deregistered > until);
  return {
    id,
    registrationNumber,
    name: vesselName(random, lengthMeters),
    lengthMeters,
    classCode: lengthClass.code,
    powerKw: Math.round(10 * (minKw + random.next() * (maxKw - minKw))) / 10,
    homePort: district.ports.length ? random.weighted(district.ports) : null,
    owner: owner(random),
    districtCode: district.code,
    communeCode,
    newCommuneCode: successorOf(communeCode ?? district.code),
    firstRegistered,
    reRegistered: reRegistrable && random.chance(0.06) ? random.day(REFORM_DATE, until) : null,
    deregistered: deregistered !== null && deregistered <= until ? deregistered : null,
    deleted: random.chance(0.01),
  };
}

function planDevices(random: Random, vessel: VesselPlan, nextId: () => number, until: IsoDate): DevicePlan[] {
  if (!isOffshore(vessel.classCode) || vessel.deleted) return [];
  if (!random.chance(vessel.classCode === '04' ? 0.97 : 0.9)) return [];
  // Decree 26/2019 required VMS on offshore vessels from mid-2019; a device is never fitted before
  // its vessel is registered.
  const installed = maxDay(
    vessel.firstRegistered < '2021-01-01' ? (random.chance(0.88) ? random.day('2019-07-01', '2022-12-31') : random.day(DATA_FROM, '2024-12-31')) : addDays(vessel.firstRegistered, random.int(5, 40)),
    addDays(vessel.firstRegistered, 5),
  );
  const end = vessel.deregistered ?? until;
  if (installed > end) return [];
  const [provider, , prefix] = random.weighted(PROVIDERS.map((p) => [p, p[1]] as const));
  const device = (from: IsoDate, removed: IsoDate | null): DevicePlan => ({
    id: nextId(),
    vesselId: vessel.id,
    serial: `${prefix}${String(random.int(100000, 999999))}`,
    provider,
    installed: from,
    removed,
    deleted: false,
  });
  const replaceFrom = maxDay(addDays(installed, 365), DATA_FROM);
  const devices: DevicePlan[] = [];
  if (replaceFrom < end && random.chance(0.07)) {
    const swapped = random.day(replaceFrom, end);
    devices.push(device(installed, swapped), device(swapped, vessel.deregistered));
  } else if (replaceFrom < end && random.chance(0.03)) {
    devices.push(device(installed, random.day(replaceFrom, end))); // broken and not replaced
  } else {
    devices.push(device(installed, vessel.deregistered));
  }
  // A duplicate typed in by mistake and soft-deleted, as the registry keeps them.
  if (random.chance(0.01)) devices.push({ ...devices[0]!, id: nextId(), deleted: true });
  return devices;
}

export interface Fleet {
  readonly vessels: VesselPlan[];
  readonly devices: DevicePlan[];
}

/** The registered fleet and its VMS devices, deterministic for a scale and an end date. */
export function planFleet(scale: number, until: IsoDate): Fleet {
  const random = createRandom('fisheries:fleet');
  const count = Math.max(1, Math.round(VESSELS_AT_SCALE_1 * scale));
  const numbers = registrationNumbers(random, count);
  const vessels = numbers.map((n, i) => planVessel(random, i + 1, n, until)).filter((v) => v.firstRegistered <= until);
  let deviceId = 0;
  const devices = vessels.flatMap((v) => planDevices(random, v, () => ++deviceId, until));
  return { vessels, devices };
}
