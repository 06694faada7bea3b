import { codeOnDay, terrainOf, type Terrain } from '../../../reference/admin-units/old-units.js';
import type { Random } from '../../kit/seed/random.js';
import { addDays } from '../../kit/dates.js';
import { dayInSpans, minDay, volume, yearSpans } from '../../kit/seed/year-spans.js';
import type { SeedCommune, SeedParcel, SeedState } from './seed-model.js';
import { heldByOrganisation, organisation, person } from './seed-people.js';

/** Parcels registered before 2023 (the register's stock), scale 1. */
const HISTORICAL_PARCELS = 27_000;
/** Parcels first registered each year from 2023 (new registrations and splits), scale 1. */
const NEW_PARCELS_PER_YEAR = 900;

/** `RES` is residential land: ONT in a rural commune, ODT in a ward or town. */
const MIX: Readonly<Record<Terrain, ReadonlyArray<readonly [string, number]>>> = {
  city: [['RES', 45], ['LUC', 8], ['LUK', 4], ['HNK', 10], ['CLN', 8], ['NTS', 2], ['TMD', 8], ['SKC', 4], ['DGT', 5], ['RSX', 2], ['NTD', 1], ['DTL', 1], ['TSC', 1], ['DGD', 1]],
  lowland: [['RES', 32], ['LUC', 18], ['LUK', 8], ['HNK', 12], ['CLN', 12], ['RSX', 6], ['RPH', 1], ['NTS', 3], ['TMD', 2], ['SKC', 2], ['DGT', 3], ['NTD', 1], ['DTL', 1], ['BCS', 1]],
  mountain: [['RES', 22], ['LUC', 3], ['LUK', 8], ['HNK', 16], ['CLN', 14], ['RSX', 26], ['RPH', 6], ['NTS', 1], ['TMD', 0.5], ['SKC', 0.5], ['DGT', 1.5], ['DCS', 1.5]],
  island: [['RES', 45], ['HNK', 30], ['CLN', 5], ['NTS', 3], ['TMD', 5], ['DGT', 4], ['RPH', 3], ['CQP', 1], ['BCS', 4]],
};

/** Area range in m² per purpose (log-uniform); forest in the mountains is far larger than on the plain. */
function areaOf(random: Random, purpose: string, terrain: Terrain): number {
  const mountain = terrain === 'mountain';
  const ranges: Record<string, readonly [number, number]> = {
      ONT: [120, 600], ODT: [50, 250], LUC: [300, 2500], LUK: [300, 2000], HNK: terrain === 'island' ? [200, 1500] : [300, 4000],
      CLN: [500, 8000], RSX: mountain ? [10_000, 150_000] : [3000, 30_000], RPH: mountain ? [30_000, 500_000] : [10_000, 100_000],
      NTS: [1000, 10_000], TMD: [200, 8000], SKC: [500, 30_000], DGT: [200, 10_000],
  };
  const [min, max] = ranges[purpose] ?? [200, 5000];
  return Math.round(min * Math.exp(random.next() * Math.log(max / min)) * 10) / 10;
}

/** Initial registration campaigns of the 1990s, then the 2010–2015 VLAP re-survey, then a trickle. */
const historicalYearWeight = (year: number) => (year < 2000 ? 3 : year < 2010 ? 2 : year < 2016 ? 1.5 : 0.8);

export interface ParcelContext {
  readonly random: Random;
  readonly state: SeedState;
  readonly communes: readonly SeedCommune[];
  readonly newUrban: ReadonlySet<string>;
  readonly scale: number;
  readonly until: string;
}

/** Holder for a parcel: a household holds about three neighbouring parcels; organisations are reused by name. */
class HolderPool {
  private lastHousehold = new Map<string, number>();
  private organisations = new Map<string, number>();
  constructor(private readonly ctx: ParcelContext) {}

  holderFor(commune: SeedCommune, purpose: string): number | null {
    if (!CERTIFIABLE.has(purpose)) return null;
    const { random, state } = this.ctx;
    if (heldByOrganisation(random, purpose)) {
      const org = organisation(random, purpose, commune.districtName);
      const known = this.organisations.get(org.name);
      if (known) return known;
      const id = state.addHolder(org).id;
      this.organisations.set(org.name, id);
      return id;
    }
    const last = this.lastHousehold.get(commune.code);
    if (last && random.chance(0.68)) return last;
    const id = state.addHolder(person(random)).id;
    this.lastHousehold.set(commune.code, id);
    return id;
  }
}

/** Land the office issues certificates for; roads, canals, cemeteries and unused land get none. */
export const CERTIFIABLE: ReadonlySet<string> = new Set(['LUC', 'LUK', 'HNK', 'CLN', 'RSX', 'RPH', 'NTS', 'ONT', 'ODT', 'TMD', 'SKC']);

function purposeFor(random: Random, commune: SeedCommune, unitCode: string, newUrban: ReadonlySet<string>): string {
  const purpose = random.weighted(MIX[terrainOf(commune.district)]);
  if (purpose !== 'RES') return purpose;
  const urban = unitCode === commune.code ? commune.urban : newUrban.has(unitCode);
  return urban ? 'ODT' : 'ONT';
}

/** The register's stock: parcels on numbered map sheets, registered 1994–2022. */
export function seedHistoricalParcels(ctx: ParcelContext, holders = new HolderPool(ctx)): HolderPool {
  const { random, state, communes, scale } = ctx;
  const spans = yearSpans('1994-01-01', '2022-12-31');
  const totalWeight = communes.reduce((s, c) => s + c.weight, 0);
  for (const commune of communes) {
    const count = volume((HISTORICAL_PARCELS * commune.weight) / totalWeight, scale);
    let sheet = 1;
    let number = 0;
    let sheetSize = random.int(40, 160);
    for (let i = 0; i < count; i++) {
      if (++number > sheetSize) {
        sheet++;
        number = 1;
        sheetSize = random.int(40, 160);
      }
      const purpose = purposeFor(random, commune, commune.code, ctx.newUrban);
      state.addParcel({
        commune,
        successor: random.pick(commune.successors),
        unitCode: commune.code,
        sheet,
        number,
        area: areaOf(random, purpose, terrainOf(commune.district)),
        purpose,
        registeredOn: dayInSpans(random, spans, historicalYearWeight),
        retiredOn: null,
        holderId: holders.holderFor(commune, purpose),
        certifiedOn: null,
        replaces: null,
        deleted: false,
      });
    }
  }
  return holders;
}

/** Parcels first registered from 2023: the next free number on an existing sheet, new code after the reform. */
export function seedNewParcels(ctx: ParcelContext, holders: HolderPool): void {
  const { random, state, communes, scale, until } = ctx;
  const byWeight = communes.map((c) => [c, c.weight] as const);
  for (const span of yearSpans('2023-01-01', until)) {
    const count = volume(NEW_PARCELS_PER_YEAR * span.fraction, scale);
    for (let i = 0; i < count; i++) {
      const commune = random.weighted(byWeight);
      const siblings = state.parcelsByCommune.get(commune.code) ?? [];
      const sheet = siblings.length ? random.pick(siblings).sheet : 1;
      const number = 1 + Math.max(0, ...siblings.filter((p) => p.sheet === sheet).map((p) => p.number));
      const registeredOn = random.day(span.from, span.to);
      const successor = random.pick(commune.successors);
      const unitCode = codeOnDay(commune.code, successor, registeredOn);
      const purpose = purposeFor(random, commune, unitCode, ctx.newUrban);
      state.addParcel({
        commune,
        successor,
        unitCode,
        sheet,
        number,
        area: areaOf(random, purpose, terrainOf(commune.district)),
        purpose,
        registeredOn,
        retiredOn: null,
        holderId: holders.holderFor(commune, purpose),
        certifiedOn: null,
        replaces: null,
        deleted: false,
      });
    }
  }
}

/**
 * A cadastral re-survey after the reform: every current parcel of the old commune is replaced by a
 * parcel on the new map sheets, recorded under the new commune code. Skipped when it lies after `until`.
 */
export function seedResurvey(ctx: ParcelContext, communeCode: string, surveyedOn: string): SeedParcel[] {
  const { random, state, until } = ctx;
  if (surveyedOn > until) return [];
  const old = (state.parcelsByCommune.get(communeCode) ?? []).filter((p) => p.registeredOn < surveyedOn && p.retiredOn === null);
  const replacements: SeedParcel[] = [];
  let sheet = 1;
  let number = 0;
  for (const parcel of old) {
    if (++number > 120) {
      sheet++;
      number = 1;
    }
    parcel.retiredOn = surveyedOn;
    replacements.push(
      state.addParcel({
        ...parcel,
        unitCode: parcel.successor,
        sheet,
        number,
        // A new survey measures a little differently.
        area: Math.round(parcel.area * (0.96 + random.next() * 0.08) * 10) / 10,
        registeredOn: minDay(addDays(surveyedOn, random.int(0, 20)), until),
        retiredOn: null,
        certifiedOn: null,
        replaces: parcel,
      }),
    );
  }
  return replacements;
}

/** Parcels on one map sheet of the numbers given to the register's later additions. */
const EXTRA_SHEET_SIZE = 150;

/**
 * A parcel's key in the register is its unit code, map sheet and number. After the reform, a new
 * commune's code may be an old commune's (95 codes were reused) and several old communes' parcels
 * and re-surveys come under one new code, so numbers drawn per old commune can meet: a parcel whose
 * key is already taken under its code moves to the next free number on new sheets after that
 * code's last one. The first parcel to hold a key (the older one) keeps it.
 */
export function keepParcelKeysUnique(state: SeedState): void {
  const taken = new Map<string, Set<string>>();
  const lastSheet = new Map<string, number>();
  for (const p of state.parcels) lastSheet.set(p.unitCode, Math.max(lastSheet.get(p.unitCode) ?? 0, p.sheet));
  const next = new Map<string, { sheet: number; number: number }>();
  for (const p of state.parcels) {
    const keys = taken.get(p.unitCode) ?? new Set<string>();
    taken.set(p.unitCode, keys);
    if (keys.has(`${p.sheet}/${p.number}`)) {
      const slot = next.get(p.unitCode) ?? { sheet: lastSheet.get(p.unitCode)! + 1, number: 0 };
      const moved = slot.number >= EXTRA_SHEET_SIZE ? { sheet: slot.sheet + 1, number: 1 } : { sheet: slot.sheet, number: slot.number + 1 };
      next.set(p.unitCode, moved);
      p.sheet = moved.sheet;
      p.number = moved.number;
    }
    keys.add(`${p.sheet}/${p.number}`);
  }
}
