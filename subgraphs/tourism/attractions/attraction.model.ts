import type { IsoDate } from '../../kit/dates.js';
import type { Recorded } from '../../kit/sector/recorded.js';
import type { AttractionRanking, AttractionType } from '../lookups/codes.js';

/** An attraction (điểm du lịch) as the repository returns it, recorded on the day it was recognized. */
export interface Attraction extends Recorded {
  readonly id: number;
  readonly name: string;
  readonly type: AttractionType;
  readonly ranking: AttractionRanking;
  readonly recognizedOn: IsoDate;
}

export interface AttractionFilter {
  readonly type: AttractionType | null;
  readonly ranking: AttractionRanking | null;
}
