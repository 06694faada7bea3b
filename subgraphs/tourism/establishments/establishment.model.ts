import type { IsoDate } from '../../kit/dates.js';
import type { Recorded } from '../../kit/sector/recorded.js';
import type { AccommodationType } from '../lookups/codes.js';

/**
 * An accommodation establishment (cơ sở lưu trú du lịch) as the repository returns it, recorded on
 * the day it was licensed. A business: it carries no personal data.
 */
export interface Establishment extends Recorded {
  readonly id: number;
  readonly name: string;
  readonly type: AccommodationType;
  /** 0 when not star-rated. */
  readonly stars: number;
  readonly rooms: number;
  readonly beds: number;
  readonly licensedOn: IsoDate;
  readonly closedOn: IsoDate | null;
}

export interface EstablishmentFilter {
  readonly type: AccommodationType | null;
  /** At least this many stars (0–5); null for all. */
  readonly minStars: number | null;
}

export const MAX_STARS = 5;
