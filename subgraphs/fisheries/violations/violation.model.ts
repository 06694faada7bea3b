import type { ViolationType } from '../legacy/codes.js';

/** A recorded violation (VIPHAM) of a fishing vessel. */
export interface Violation {
  readonly id: number;
  readonly vesselId: number;
  readonly type: ViolationType;
  readonly occurredAt: Date;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly recordNumber: string | null;
  readonly fineVnd: number | null;
  readonly description: string | null;
  readonly recordedDistrictCode: string | null;
  readonly recordedCommuneCode: string | null;
}

export interface ViolationListFilter {
  /** Half-open instant range [from, to). */
  readonly from: Date;
  readonly to: Date;
  readonly type: ViolationType | null;
}
