import type { PortCallKind } from '../legacy/codes.js';

/** One port exit or entry checked by the port authority (RAVAO_CANG). */
export interface PortCall {
  readonly id: number;
  readonly vesselId: number;
  readonly kind: PortCallKind;
  readonly at: Date;
  readonly portCode: string;
  readonly crew: number | null;
  readonly catchKg: number | null;
  readonly recordedDistrictCode: string | null;
  readonly recordedCommuneCode: string | null;
}

/** A designated fishing port (DM_CANGCA). */
export interface FishingPort {
  readonly code: string;
  readonly name: string;
}

export interface PortCallListFilter {
  /** Half-open instant range [from, to). */
  readonly from: Date;
  readonly to: Date;
  readonly kind: PortCallKind | null;
}
