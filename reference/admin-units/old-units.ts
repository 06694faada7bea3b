import { REFORM_DATE, type ReferenceUnit } from './reference-units.js';

/**
 * Facts about the old units of the reference data (old Quảng Ngãi and old Kon Tum before the 2025
 * reform) that the demo seeds share: the lie of each old district, unit names without their type,
 * which units are urban, and which code a record carries on a day.
 */

export type Terrain = 'city' | 'lowland' | 'mountain' | 'island';

/**
 * The lie of each old district of the new province, which the seeds scale their figures by:
 * `city` the two provincial cities (Quảng Ngãi 522, Kon Tum 608); `lowland` Quảng Ngãi's coastal
 * plain and Kon Tum's Đắk Hà plateau (615); `mountain` the western uplands of both provinces, where
 * the H're, Co, Ca Dong, Xơ Đăng and Ba Na live (smaller, scattered settlements, farther from
 * services); `island` Lý Sơn (536), a district without communes.
 */
export const TERRAIN: Readonly<Record<string, Terrain>> = {
  '522': 'city', '524': 'lowland', '525': 'mountain', '527': 'lowland', '528': 'lowland', '529': 'mountain', '530': 'mountain',
  '531': 'mountain', '532': 'lowland', '533': 'lowland', '534': 'lowland', '535': 'mountain', '536': 'island',
  '608': 'city', '610': 'mountain', '611': 'mountain', '612': 'mountain', '613': 'mountain', '614': 'mountain', '615': 'lowland',
  '616': 'mountain', '617': 'mountain', '618': 'mountain',
};

/** The terrain of an old district (by code); throws for a code that is not an old district of the new province. */
export function terrainOf(districtCode: string): Terrain {
  const terrain = TERRAIN[districtCode];
  if (!terrain) throw new Error(`reference data: no terrain for old district ${districtCode}`);
  return terrain;
}

/**
 * A unit's name without its type: "Xã Bình Thạnh" → "Bình Thạnh", "Huyện Bình Sơn" → "Bình Sơn",
 * whatever the case of the type (21040 is written "Thị Trấn Châu Ổ").
 */
export const shortUnitName = (name: string): string => name.replace(/^(Phường|Thị trấn|Xã|Huyện|Thị xã|Thành phố|Đặc khu) /iu, '');

const URBAN_TYPES: ReadonlySet<string> = new Set(['Phường', 'Thị trấn']);

/** A ward or a town (thị trấn), by the unit's type. */
export const isUrban = (unit: Pick<ReferenceUnit, 'type'>): boolean => URBAN_TYPES.has(unit.type);

/** The code a record made on `day` carries: the old unit's before the reform, the new unit's from it. */
export const codeOnDay = (oldCode: string, newCode: string, day: string): string => (day < REFORM_DATE ? oldCode : newCode);
