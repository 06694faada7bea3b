import { oldDistricts, oldUnitsOf, successorsOf } from '../../../reference/admin-units/reference-units.js';
import { isUrban, shortUnitName, terrainOf, type Terrain } from '../../../reference/admin-units/old-units.js';
import type { Random } from '../../kit/seed/random.js';

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

/** Every old commune of old Quảng Ngãi and old Kon Tum, with the new commune it went into. */
export function seedPlaces(random: Random): SeedPlace[] {
  const places: SeedPlace[] = [];
  for (const province of ['51', '62'] as const) {
    for (const district of oldDistricts(province)) {
      const terrain = terrainOf(district.code);
      for (const unit of oldUnitsOf(district)) {
        const next = successorsOf(unit.code);
        places.push({
          province,
          code: unit.code,
          district: district.code,
          name: shortUnitName(unit.name),
          fullName: unit.name,
          districtName: district.name,
          terrain,
          urban: isUrban(unit),
          // A commune split between two new ones: its schools went to one or the other.
          successor: next.length === 1 ? next[0]! : random.pick(next),
        });
      }
    }
  }
  return places;
}
