import type { IsoDate } from '../../kit/dates.js';
import type { Recorded } from '../../kit/sector/recorded.js';
import type { VesselLengthClass } from '../lookups/codes.js';

/**
 * A registered fishing vessel (TAUCA), without its owner's personal data. It is recorded under the
 * owner's unit on its current registration record (`recordedOn`: the day of that record).
 */
export interface Vessel extends Recorded {
  /** Internal row id (ID_TAU); the API identifies a vessel by its registration number. */
  readonly id: number;
  readonly registrationNumber: string;
  readonly name: string | null;
  readonly lengthMeters: number;
  readonly lengthClass: VesselLengthClass;
  readonly enginePowerKw: number | null;
  readonly homePortCode: string | null;
  /** From the registry's DD/MM/YYYY text; null when that text is unreadable. */
  readonly registeredOn: IsoDate | null;
  readonly reRegisteredOn: IsoDate | null;
  readonly deregisteredOn: IsoDate | null;
}

/** The owner's basic personal data (Decree 356/2025): loaded only when asked for. */
export interface VesselOwner {
  readonly vesselId: number;
  readonly name: string;
  readonly idNumber: string | null;
  readonly phone: string | null;
}

export interface VesselListFilter {
  readonly lengthClass: VesselLengthClass | null;
  /** true: only vessels with a VMS device fitted now; false: only those without. */
  readonly hasVms: boolean | null;
}
