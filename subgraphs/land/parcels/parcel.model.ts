import type { LandGroupCode } from '../../../migrations/land/land-lookups.js';
import type { IsoDate } from '../../kit/dates.js';

/** A use purpose from the lookup DC_MUCDICHSUDUNG. */
export interface UsePurpose {
  readonly code: string;
  readonly name: string;
  readonly group: LandGroupCode;
}

/** A land parcel (thửa đất) as the repository returns it. */
export interface Parcel {
  readonly id: number;
  readonly unitCode: string;
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
