import { newCommunes, oldDistricts, oldUnitsOf, successorsOf } from '../../../reference/admin-units/reference-units.js';
import { terrainOf, type Terrain } from '../../../reference/admin-units/old-units.js';
import type { Random } from '../../kit/seed/random.js';

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
 * The old districts of the new province: residents, thousands (rounded); their terrain is the
 * reference's TERRAIN. Quảng Ngãi's city and coastal plain hold most people; the western districts
 * are mountains where the H're, Co and Ca Dong live; Kon Tum's city and the Đắk Hà plateau, then the
 * Xơ Đăng and Ba Na uplands.
 */
const DISTRICT_POPULATION: Readonly<Record<string, number>> = {
  '522': 270, '524': 180, '525': 50, '527': 100, '528': 130, '529': 75, '530': 20, '531': 18, '532': 95, '533': 130, '534': 150, '535': 55, '536': 22,
  '608': 180, '610': 50, '611': 60, '612': 45, '613': 28, '614': 28, '615': 75, '616': 55, '617': 28, '618': 15,
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
      const population = DISTRICT_POPULATION[d.code];
      if (population === undefined) throw new Error(`health seed: no population for old district ${d.code}`);
      const district: SeedDistrict = { code: d.code, name: d.name.trim(), province, terrain: terrainOf(d.code), population };
      districts.push(district);
      const units = oldUnitsOf(d);
      const raw = units.map(() => 0.5 + random.next());
      const sum = raw.reduce((a, b) => a + b, 0);
      units.forEach((unit, i) => {
        communes.push({ code: unit.code, name: unit.name.trim(), type: unit.type, district, successors: successorsOf(unit.code), population: (population * raw[i]!) / sum });
      });
    }
  }
  const created = newCommunes('51').map((u) => ({ code: u.code, name: u.name.trim(), type: u.type }));
  return { districts, communes, newCommunes: created };
}

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
