import reference from './units.json' with { type: 'json' };

/**
 * The administrative units the hub ships (see SOURCE.md): old Quảng Ngãi (51) and old Kon Tum (62)
 * before the 2025 reform, the new province 51 after it, and the lineage between them. Immutable
 * reference data, read by the admin-units subgraph (its seed), the kit's unit directory and the demo
 * seeds; never by a request at run time from disk.
 */
export type ReferenceLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
export type ReferenceLineageKind = 'MERGE' | 'PARTIAL_MERGE' | 'SPLIT' | 'RENAME' | 'CONTINUATION';

export interface ReferenceUnit {
  readonly code: string;
  readonly name: string;
  readonly type: string;
  readonly level: ReferenceLevel;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly parentCode: string | null;
}

export interface ReferenceLineage {
  readonly predecessorCode: string;
  readonly predecessorValidFrom: string;
  readonly successorCode: string;
  readonly successorValidFrom: string;
  readonly kind: ReferenceLineageKind;
}

export interface ReferenceData {
  readonly units: readonly ReferenceUnit[];
  readonly lineage: readonly ReferenceLineage[];
}

export const referenceData: ReferenceData = reference as ReferenceData;
export const referenceUnits = referenceData.units;

/** Old Quảng Ngãi's districts (valid until 2025-06-30), the demo's pre-reform units. */
export const oldDistricts = (province = '51') =>
  referenceUnits.filter((u) => u.level === 'DISTRICT' && u.parentCode === province && u.validTo !== null);

export const oldCommunesOf = (districtCode: string) =>
  referenceUnits.filter((u) => u.level === 'COMMUNE' && u.parentCode === districtCode && u.validTo !== null);

/** The communes of the province from 2025-07-01. */
export const newCommunes = (province = '51') =>
  referenceUnits.filter((u) => u.level === 'COMMUNE' && u.parentCode === province && u.validTo === null);

/** Old units (by code) that went into each new unit, from the lineage edges. */
export const predecessorsOf = (code: string): string[] =>
  referenceData.lineage.filter((l) => l.successorCode === code).map((l) => l.predecessorCode);

/** The old units below an old district that records were written under: its communes, or the district itself when it had none (Lý Sơn). */
export function oldUnitsOf(district: ReferenceUnit): ReferenceUnit[] {
  const communes = oldCommunesOf(district.code);
  return communes.length > 0 ? communes : [district];
}

let successorIndex: Map<string, string[]> | undefined;

/** The new communes (from 2025-07-01, in reference order) an old unit went into; more than one when it was split. */
export function successorsOf(oldCode: string): string[] {
  if (!successorIndex) {
    successorIndex = new Map();
    for (const unit of newCommunes()) for (const old of predecessorsOf(unit.code)) successorIndex.set(old, [...(successorIndex.get(old) ?? []), unit.code]);
  }
  const successors = successorIndex.get(oldCode);
  if (!successors?.length) throw new Error(`reference data: no successor for old unit ${oldCode}`);
  return successors;
}

/** The first day of the two-tier units (the 2025 reform): records before it carry old codes. */
export const REFORM_DATE = '2025-07-01';

/** Quảng Ngãi before the 2025 reform (without Kon Tum). */
export const OLD_QUANG_NGAI = { code: '51', validFrom: '2000-01-01' } as const;
/** Old Kon Tum, which went wholly into the new Quảng Ngãi on 2025-07-01. */
export const OLD_KON_TUM = { code: '62', validFrom: '2000-01-01' } as const;
/** The province formed on 2025-07-01 from old Quảng Ngãi and old Kon Tum. */
export const NEW_QUANG_NGAI = { code: '51', validFrom: REFORM_DATE } as const;
