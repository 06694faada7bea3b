import type { IsoDate } from '../../kit/dates.js';
import type { Recorded } from '../../kit/sector/recorded.js';
import type { LevelCode } from '../lookups/codes.js';
import type { School } from '../schools/school.model.js';

/** A teacher (GIAO_VIEN) employed at a school on the day read as of, in the school's unit that day. */
export interface Teacher extends Recorded {
  readonly id: number;
  readonly code: string;
  /** A public employee's name as the school shows it; see the GraphQL description. */
  readonly name: string;
  readonly subject: string | null;
  readonly qualification: { readonly code: string; readonly name: string };
  /** The training meets the minimum of the school's level (Luật Giáo dục 2019, art. 72). */
  readonly meetsStandard: boolean;
  readonly startedOn: IsoDate;
  readonly leftOn: IsoDate | null;
  readonly school: School;
}

export interface TeacherFilter {
  readonly day: IsoDate;
  readonly level: LevelCode | null;
  readonly meetsStandard: boolean | null;
}
