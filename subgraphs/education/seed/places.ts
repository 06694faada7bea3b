import { oldDistricts, oldUnitsOf, successorsOf } from '../../../reference/admin-units/reference-units.js';
import type { Random } from '../../kit/seed/random.js';

export type Terrain = 'city' | 'lowland' | 'mountain' | 'island';

/** An old commune (or Lý Sơn, a district without communes) a school can sit in. */
export interface SeedPlace {
  readonly province: '51' | '62';
  /** The old commune code, or 536 for Lý Sơn. */
  readonly code: string;
  readonly district: string;
  /** The commune's name without its type ("Bình Thạnh"), for school names. */
  readonly name: string;
  /** The commune's full name ("Xã Bình Thạnh"), for addresses. */
  readonly fullName: string;
  readonly districtName: string;
  readonly terrain: Terrain;
  readonly urban: boolean;
  /** The new commune that carries the place's schools from 2025-07-01 (one, for a commune split in two). */
  readonly successor: string;
}

/**
 * The old districts of the new province: the two cities, the coastal plain of Quảng Ngãi and Đắk
 * Hà's plateau count as lowland; the western mountains of both provinces as mountain (more small
 * schools, more drop-outs, fewer teachers at the standard); Lý Sơn is the island.
 */
const TERRAIN: Readonly<Record<string, Terrain>> = {
  '522': 'city', '524': 'lowland', '525': 'mountain', '527': 'lowland', '528': 'lowland', '529': 'mountain', '530': 'mountain',
  '531': 'mountain', '532': 'lowland', '533': 'lowland', '534': 'lowland', '535': 'mountain', '536': 'island',
  '608': 'city', '610': 'mountain', '611': 'mountain', '612': 'mountain', '613': 'mountain', '614': 'mountain', '615': 'lowland',
  '616': 'mountain', '617': 'mountain', '618': 'mountain',
};

const URBAN = new Set(['Phường', 'Thị trấn']);
const stripType = (name: string) => name.replace(/^(Xã|Phường|Thị trấn|Huyện|Thị xã|Thành phố) /, '');

/** Every old commune of old Quảng Ngãi and old Kon Tum, with the new commune it went into. */
export function seedPlaces(random: Random): SeedPlace[] {
  const places: SeedPlace[] = [];
  for (const province of ['51', '62'] as const) {
    for (const district of oldDistricts(province)) {
      const terrain = TERRAIN[district.code];
      if (!terrain) throw new Error(`education seed: no terrain for old district ${district.code}`);
      for (const unit of oldUnitsOf(district)) {
        const next = successorsOf(unit.code);
        places.push({
          province,
          code: unit.code,
          district: district.code,
          name: stripType(unit.name),
          fullName: unit.name,
          districtName: district.name,
          terrain,
          urban: URBAN.has(unit.type),
          // A commune split between two new ones: its schools went to one or the other.
          successor: next.length === 1 ? next[0]! : random.pick(next),
        });
      }
    }
  }
  return places;
}
