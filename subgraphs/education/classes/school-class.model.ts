import type { IsoDate } from '../../kit/dates.js';
import type { Recorded } from '../../kit/sector/recorded.js';
import type { LevelCode } from '../lookups/codes.js';
import type { School } from '../schools/school.model.js';

/** A class (LOP) of the school year in force on the day it was read as of, in its school's unit that day. */
export interface SchoolClass extends Recorded {
  readonly id: number;
  readonly name: string;
  readonly grade: number;
  readonly schoolYear: string;
  readonly school: School;
}

export interface SchoolClassFilter {
  readonly day: IsoDate;
  readonly level: LevelCode | null;
}

/** How many students a class had on the roll on the day read as of. */
export interface ClassRoll {
  readonly classId: number;
  readonly students: number;
}
