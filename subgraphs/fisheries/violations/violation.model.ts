import type { Recorded } from '../../kit/sector/recorded.js';
import type { ViolationType } from '../lookups/codes.js';

/** A recorded violation (VIPHAM) of a fishing vessel, under the vessel's unit when it was recorded. */
export interface Violation extends Recorded {
  readonly id: number;
  readonly vesselId: number;
  readonly type: ViolationType;
  readonly occurredAt: Date;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly recordNumber: string | null;
  readonly fineVnd: number | null;
  readonly description: string | null;
}

export interface ViolationListFilter {
  /** Half-open instant range [from, to). */
  readonly from: Date;
  readonly to: Date;
  readonly type: ViolationType | null;
}
