import { oldCommunesOf, successorsOf } from '../../../reference/admin-units/reference-units.js';

/** A fishing port of old Quảng Ngãi (DM_CANGCA) with its position, for the demo tracks. */
export interface Port {
  readonly code: string;
  readonly name: string;
  readonly districtCode: string;
  readonly communeCode: string | null;
  readonly lat: number;
  readonly lon: number;
}

export const PORTS: readonly Port[] = [
  { code: '01', name: 'Cảng cá Tịnh Kỳ', districtCode: '522', communeCode: '21190', lat: 15.195, lon: 108.883 },
  { code: '02', name: 'Cảng cá Sa Huỳnh', districtCode: '534', communeCode: '21478', lat: 14.664, lon: 109.064 },
  { code: '03', name: 'Cảng cá Sa Kỳ', districtCode: '522', communeCode: '21190', lat: 15.209, lon: 108.925 },
  { code: '04', name: 'Cảng cá Lý Sơn', districtCode: '536', communeCode: null, lat: 15.381, lon: 109.121 },
  { code: '05', name: 'Cảng cá Mỹ Á', districtCode: '534', communeCode: '21454', lat: 14.852, lon: 108.961 },
  { code: '06', name: 'Cảng cá Bình Châu', districtCode: '524', communeCode: '21112', lat: 15.329, lon: 108.838 },
  { code: '07', name: 'Bến cá Đức Lợi', districtCode: '533', communeCode: '21406', lat: 14.993, lon: 108.935 },
];

export const portByCode = new Map(PORTS.map((p) => [p.code, p]));

/** LengthClass mix per district: shares of <12 m, 12–15 m, 15–24 m and ≥ 24 m. */
type ClassMix = readonly [number, number, number, number];

/** A district of the new province's fleet with its share and where its vessels live. */
export interface FleetDistrict {
  readonly code: string;
  /** The registry's prefix of registration numbers: QNg for Quảng Ngãi, KT for old Kon Tum. */
  readonly registry: string;
  readonly weight: number;
  readonly classMix: ClassMix;
  /** Coastal communes and their weights; empty for Lý Sơn, which had no communes. */
  readonly communes: ReadonlyArray<readonly [string, number]>;
  /** Home ports with weights; empty for reservoir boats, which use no designated port. */
  readonly ports: ReadonlyArray<readonly [string, number]>;
}

/** Old Kon Tum's small boats on the Ya Ly, Sê San and Plei Krông reservoirs: all under 12 m. */
const reservoir = (code: string, weight: number): FleetDistrict => ({
  code,
  registry: 'KT',
  weight,
  classMix: [1, 0, 0, 0],
  communes: oldCommunesOf(code).map((c) => [c.code, 1] as const),
  ports: [],
});

/**
 * Where the fleet is registered: the offshore fleets of Bình Sơn, Lý Sơn and Đức Phổ, smaller
 * inshore fleets in the city, Mộ Đức, Tư Nghĩa and Sơn Tịnh, none in the mountain districts; old
 * Kon Tum has only small reservoir boats.
 */
export const FLEET_DISTRICTS: readonly FleetDistrict[] = [
  {
    code: '524', // Bình Sơn
    registry: 'QNg',
    weight: 25,
    classMix: [0.34, 0.17, 0.35, 0.14],
    communes: [['21112', 30], ['21067', 12], ['21046', 10], ['21049', 10], ['21043', 8], ['21061', 8], ['21079', 7], ['21070', 7], ['21109', 8]],
    ports: [['06', 60], ['03', 30], ['01', 10]],
  },
  { code: '536', registry: 'QNg', weight: 17, classMix: [0.36, 0.16, 0.36, 0.12], communes: [], ports: [['04', 70], ['03', 30]] }, // Lý Sơn
  {
    code: '534', // Đức Phổ
    registry: 'QNg',
    weight: 21,
    classMix: [0.4, 0.2, 0.3, 0.1],
    communes: [['21454', 25], ['21478', 25], ['21481', 10], ['21475', 12], ['21466', 10], ['21442', 10], ['21463', 8]],
    ports: [['02', 55], ['05', 45]],
  },
  {
    code: '533', // Mộ Đức
    registry: 'QNg',
    weight: 9,
    classMix: [0.55, 0.2, 0.2, 0.05],
    communes: [['21406', 35], ['21412', 15], ['21418', 20], ['21421', 10], ['21433', 20]],
    ports: [['07', 60], ['05', 40]],
  },
  {
    code: '528', // Tư Nghĩa
    registry: 'QNg',
    weight: 8,
    classMix: [0.6, 0.2, 0.16, 0.04],
    communes: [['21238', 30], ['21268', 20], ['21280', 25], ['21283', 25]],
    ports: [['01', 50], ['07', 30], ['05', 20]],
  },
  { code: '527', registry: 'QNg', weight: 6, classMix: [0.7, 0.2, 0.08, 0.02], communes: [['21184', 40], ['21181', 30], ['21196', 30]], ports: [['01', 60], ['03', 40]] }, // Sơn Tịnh
  {
    code: '522', // Thành phố Quảng Ngãi
    registry: 'QNg',
    weight: 14,
    classMix: [0.45, 0.2, 0.25, 0.1],
    communes: [['21190', 45], ['21211', 20], ['21187', 15], ['21262', 10], ['21256', 10]],
    ports: [['01', 70], ['03', 30]],
  },
  // Old Kon Tum: Sa Thầy and Ia H'Drai (Ya Ly, Sê San), the city and Đắk Hà (Plei Krông), Ngọc Hồi.
  reservoir('616', 1.2),
  reservoir('618', 0.8),
  reservoir('608', 0.8),
  reservoir('615', 0.6),
  reservoir('611', 0.4),
];

/**
 * The new commune (from 2025-07-01) each old commune or district went into, from the reference
 * lineage; a partly merged old unit goes to one of its successors, which is what a re-registration
 * clerk would pick from the owner's new address.
 */
export const successorOf = (oldCode: string): string => successorsOf(oldCode)[0]!;
