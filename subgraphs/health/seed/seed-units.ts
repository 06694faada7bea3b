import { newCommunes, oldDistricts, oldUnitsOf, successorsOf } from '../../../reference/admin-units/reference-units.js';
import type { Random } from '../../kit/seed/random.js';
import { REFORM_DATE } from '../../kit/indicators/period.js';

export type Terrain = 'city' | 'lowland' | 'mountain' | 'island';

export interface SeedDistrict {
  readonly code: string;
  /** As the reference names it, e.g. "Huyện Bình Sơn". */
  readonly name: string;
  readonly province: '51' | '62';
  readonly terrain: Terrain;
  /** Residents, thousands (about 2023). */
  readonly population: number;
}

export interface SeedCommune {
  /** The old commune code (or 536 for Lý Sơn, a district without communes in the reference). */
  readonly code: string;
  readonly name: string;
  readonly type: string;
  readonly district: SeedDistrict;
  /** The new communes it went into on 2025-07-01 (two for a partial merge). */
  readonly successors: readonly string[];
  /** Residents, thousands: where people live, get sick and are born. */
  readonly population: number;
}

export interface SeedNewCommune {
  readonly code: string;
  readonly name: string;
  readonly type: string;
}

/**
 * The old districts of the new province: terrain and population (thousands, rounded). Quảng Ngãi's
 * city and coastal plain hold most people; the western districts are mountains where the H're,
 * Co and Ca Dong live; Kon Tum's city and the Đắk Hà plateau, then the Xơ Đăng and Ba Na uplands.
 */
const DISTRICT_PROFILES: Readonly<Record<string, { terrain: Terrain; population: number }>> = {
  '522': { terrain: 'city', population: 270 },
  '524': { terrain: 'lowland', population: 180 },
  '525': { terrain: 'mountain', population: 50 },
  '527': { terrain: 'lowland', population: 100 },
  '528': { terrain: 'lowland', population: 130 },
  '529': { terrain: 'mountain', population: 75 },
  '530': { terrain: 'mountain', population: 20 },
  '531': { terrain: 'mountain', population: 18 },
  '532': { terrain: 'lowland', population: 95 },
  '533': { terrain: 'lowland', population: 130 },
  '534': { terrain: 'lowland', population: 150 },
  '535': { terrain: 'mountain', population: 55 },
  '536': { terrain: 'island', population: 22 },
  '608': { terrain: 'city', population: 180 },
  '610': { terrain: 'mountain', population: 50 },
  '611': { terrain: 'mountain', population: 60 },
  '612': { terrain: 'mountain', population: 45 },
  '613': { terrain: 'mountain', population: 28 },
  '614': { terrain: 'mountain', population: 28 },
  '615': { terrain: 'lowland', population: 75 },
  '616': { terrain: 'mountain', population: 55 },
  '617': { terrain: 'mountain', population: 28 },
  '618': { terrain: 'mountain', population: 15 },
};

export interface SeedUnits {
  readonly districts: readonly SeedDistrict[];
  readonly communes: readonly SeedCommune[];
  readonly newCommunes: readonly SeedNewCommune[];
}

/** The old districts and communes of Quảng Ngãi and Kon Tum with their successors, and the new communes. */
export function seedUnits(random: Random): SeedUnits {
  const districts: SeedDistrict[] = [];
  const communes: SeedCommune[] = [];
  for (const province of ['51', '62'] as const) {
    for (const d of oldDistricts(province)) {
      const profile = DISTRICT_PROFILES[d.code];
      if (!profile) throw new Error(`health seed: no profile for old district ${d.code}`);
      const district: SeedDistrict = { code: d.code, name: d.name.trim(), province, ...profile };
      districts.push(district);
      const units = oldUnitsOf(d);
      const raw = units.map(() => 0.5 + random.next());
      const sum = raw.reduce((a, b) => a + b, 0);
      units.forEach((unit, i) => {
        communes.push({ code: unit.code, name: unit.name.trim(), type: unit.type, district, successors: successorsOf(unit.code), population: (profile.population * raw[i]!) / sum });
      });
    }
  }
  const created = newCommunes('51').map((u) => ({ code: u.code, name: u.name.trim(), type: u.type }));
  return { districts, communes, newCommunes: created };
}

/** The code a record about a resident carries on `day`: the old commune before the reform, the new one after. */
export const residenceCode = (commune: SeedCommune, successor: string, day: string): string => (day < REFORM_DATE ? commune.code : successor);

/** `whole` split into integer parts proportional to `weights` (largest remainder), so the parts add up. */
export function apportion(whole: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0 || whole <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (whole * w) / sum);
  const parts = exact.map(Math.floor);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const left = whole - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < left; k++) parts[order[k]![1]]! += 1;
  return parts;
}
