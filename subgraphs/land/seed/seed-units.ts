import { newCommunes, oldDistricts, oldUnitsOf, successorsOf } from '../../../reference/admin-units/reference-units.js';
import { isUrban, shortUnitName } from '../../../reference/admin-units/old-units.js';
import type { Random } from '../../kit/seed/random.js';
import type { SeedCommune } from './seed-model.js';

/** How an old district's land records run (its terrain: `terrainOf` in reference/admin-units/old-units.ts). */
export interface DistrictProfile {
  /** Relative number of parcels (and of change registrations). */
  readonly weight: number;
  /** Share of change registrations finished late in 2025; earlier years were worse. */
  readonly lateRate: number;
  /** Relative number of land disputes. */
  readonly disputes: number;
}

/**
 * The old districts of the new province. Old Quảng Ngãi's: the city and the coastal plain (522, 524, 528, 533, 534) hold most
 * parcels; the mountain districts (525, 529, 530, 535, 531) fewer but far larger forest parcels.
 * Bình Sơn (Dung Quất economic zone) and the mountain districts run late more often.
 */
export const DISTRICTS: Readonly<Record<string, DistrictProfile>> = {
  '522': { weight: 4.0, lateRate: 0.06, disputes: 1.4 },
  '524': { weight: 3.6, lateRate: 0.19, disputes: 2.2 },
  '525': { weight: 1.2, lateRate: 0.21, disputes: 0.8 },
  '527': { weight: 1.6, lateRate: 0.08, disputes: 0.8 },
  '528': { weight: 3.0, lateRate: 0.07, disputes: 1.0 },
  '529': { weight: 1.3, lateRate: 0.23, disputes: 1.0 },
  '530': { weight: 0.6, lateRate: 0.15, disputes: 0.5 },
  '531': { weight: 0.6, lateRate: 0.1, disputes: 0.4 },
  '532': { weight: 1.8, lateRate: 0.09, disputes: 0.8 },
  '533': { weight: 2.8, lateRate: 0.08, disputes: 1.0 },
  '534': { weight: 3.0, lateRate: 0.14, disputes: 1.5 },
  '535': { weight: 1.3, lateRate: 0.25, disputes: 0.9 },
  '536': { weight: 0.5, lateRate: 0.05, disputes: 0.4 },
  // Old Kon Tum, whose register the new province's land office took over on 2025-07-01: the city
  // and the Đắk Hà coffee plateau hold most parcels; the rest is forest and upland farms, with the
  // border districts (Đắk Glei, Tu Mơ Rông, Ia H'Drai) running late most often.
  '608': { weight: 1.6, lateRate: 0.07, disputes: 1.1 },
  '610': { weight: 0.7, lateRate: 0.22, disputes: 0.6 },
  '611': { weight: 0.8, lateRate: 0.12, disputes: 0.7 },
  '612': { weight: 0.8, lateRate: 0.14, disputes: 0.6 },
  '613': { weight: 0.6, lateRate: 0.18, disputes: 0.5 },
  '614': { weight: 0.5, lateRate: 0.16, disputes: 0.4 },
  '615': { weight: 1.0, lateRate: 0.1, disputes: 0.8 },
  '616': { weight: 0.7, lateRate: 0.15, disputes: 0.6 },
  '617': { weight: 0.4, lateRate: 0.24, disputes: 0.3 },
  '618': { weight: 0.4, lateRate: 0.25, disputes: 0.4 },
};

/**
 * The old communes of Quảng Ngãi and Kon Tum with their successors after 2025-07-01 (from the shipped lineage).
 * Lý Sơn had no communes, so the district itself stands in as one.
 */
export function seedCommunes(random: Random): SeedCommune[] {
  const communes: SeedCommune[] = [];
  for (const district of [...oldDistricts('51'), ...oldDistricts('62')]) {
    const profile = DISTRICTS[district.code];
    if (!profile) continue;
    const units = oldUnitsOf(district);
    const raw = units.map(() => 0.6 + random.next() * 0.8);
    const sum = raw.reduce((a, b) => a + b, 0);
    units.forEach((unit, i) => {
      const next = successorsOf(unit.code);
      communes.push({
        code: unit.code,
        district: district.code,
        districtName: shortUnitName(district.name),
        urban: isUrban(unit),
        successors: next,
        weight: (profile.weight * raw[i]!) / sum,
      });
    });
  }
  return communes;
}

/** Wards of the new communes, where residential land is ODT after the reform. */
export const newUrbanCodes = (): ReadonlySet<string> =>
  new Set(newCommunes('51').filter((u) => u.type === 'Phường').map((u) => u.code));
