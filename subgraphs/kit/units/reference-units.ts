import reference from '../../admin-units/data/units.json' with { type: 'json' };

/** The shipped reference units (see subgraphs/admin-units/data/SOURCE.md), for seed generators. */
export interface ReferenceUnit {
  readonly code: string;
  readonly name: string;
  readonly type: string;
  readonly level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly parentCode: string | null;
}

export const referenceUnits = reference.units as ReferenceUnit[];

/** Old Quảng Ngãi's districts and communes (valid until 2025-06-30), the demo's pre-reform units. */
export const oldDistricts = (province = '51') =>
  referenceUnits.filter((u) => u.level === 'DISTRICT' && u.parentCode === province && u.validTo !== null);

export const oldCommunesOf = (districtCode: string) =>
  referenceUnits.filter((u) => u.level === 'COMMUNE' && u.parentCode === districtCode && u.validTo !== null);

/** The communes of the province from 2025-07-01. */
export const newCommunes = (province = '51') =>
  referenceUnits.filter((u) => u.level === 'COMMUNE' && u.parentCode === province && u.validTo === null);

/** Old units (by code) that went into each new unit, from the lineage edges. */
export const predecessorsOf = (code: string): string[] =>
  reference.lineage.filter((l) => l.successorCode === code).map((l) => l.predecessorCode);
