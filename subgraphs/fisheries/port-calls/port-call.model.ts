import type { Recorded } from '../../kit/sector/recorded.js';
import type { PortCallKind } from '../lookups/codes.js';

/** One port exit or entry checked by the port authority (RAVAO_CANG), under the vessel's unit then. */
export interface PortCall extends Recorded {
  readonly id: number;
  readonly vesselId: number;
  readonly kind: PortCallKind;
  readonly at: Date;
  readonly portCode: string;
  readonly crew: number | null;
  readonly catchKg: number | null;
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
