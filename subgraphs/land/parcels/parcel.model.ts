import type { IsoDate } from '../../kit/dates.js';
import type { Recorded } from '../../kit/sector/recorded.js';
import type { LandGroupCode } from '../lookups/codes.js';

/** A use purpose from the lookup DC_MUCDICHSUDUNG. */
export interface UsePurpose {
  readonly code: string;
  readonly name: string;
  readonly group: LandGroupCode;
}

/** A land parcel (thửa đất) as the repository returns it, recorded on the day it entered the register. */
export interface Parcel extends Recorded {
  readonly id: number;
  readonly mapSheetNumber: number;
  readonly parcelNumber: number;
  readonly areaSquareMeters: number;
  readonly usePurpose: UsePurpose;
  /** From the register's DD/MM/YYYY text; null when that text is unreadable. */
  readonly registeredOn: IsoDate | null;
  readonly retiredOn: IsoDate | null;
}

export interface ParcelFilter {
  /** A use purpose code such as ONT; null for all. */
  readonly usePurpose: string | null;
  /** true: only parcels with an open dispute; false: only those without; null: all. */
  readonly disputed: boolean | null;
}

/** Use purpose codes are three capital letters (ONT, LUC, …). */
export const USE_PURPOSE_CODE = /^[A-Z]{3}$/;
