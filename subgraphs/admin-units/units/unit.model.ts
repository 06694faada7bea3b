import type { IsoDate } from '../../kit/dates.js';

export type AdminLevelName = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
export type LineageKindName = 'MERGE' | 'PARTIAL_MERGE' | 'SPLIT' | 'RENAME' | 'CONTINUATION';

/** One version of an administrative unit, as the repository returns it. */
export interface Unit {
  /** Internal row id; never exposed: across time a unit is `code` + `validFrom`. */
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly type: string;
  readonly level: AdminLevelName;
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate | null;
  readonly parentId: number | null;
}

/** A lineage edge seen from one unit: the unit at the other end and how the two are related. */
export interface UnitLink {
  readonly kind: LineageKindName;
  readonly unit: Unit;
}

export const inForce = (unit: Unit, asOf: IsoDate): boolean =>
  unit.validFrom <= asOf && (unit.validTo === null || unit.validTo >= asOf);

/** GSO codes: 2 digits for a province, 3 for a district, 5 for a commune. */
export const UNIT_CODE = /^(\d{2}|\d{3}|\d{5})$/;
