import type { IsoDate } from '../../kit/dates.js';
import type { Recorded } from '../../kit/sector/recorded.js';
import type { LevelCode, OwnershipCode } from '../lookups/codes.js';

/**
 * A school (TRUONG) as it stood on the day it was read as of (`recordedOn`), with the unit code it
 * sat in that day (`unitCode`).
 */
export interface School extends Recorded {
  readonly code: string;
  readonly name: string;
  readonly level: LevelCode;
  readonly ownership: OwnershipCode;
  readonly address: string | null;
  /** From the DD/MM/YYYY text; null when that text is unreadable. */
  readonly foundedOn: IsoDate | null;
  readonly closedOn: IsoDate | null;
  /** 0 when not recognised, else the level (mức độ) of the latest recognition decision. */
  readonly nationalStandardLevel: number;
  readonly nationalStandardRecognisedOn: IsoDate | null;
}

/** Recognised as meeting the national standard by the day the school is read as of. */
export const meetsNationalStandard = (school: School): boolean =>
  school.nationalStandardLevel > 0 && school.nationalStandardRecognisedOn !== null && school.recordedOn !== null && school.nationalStandardRecognisedOn <= school.recordedOn;

export interface SchoolFilter {
  readonly day: IsoDate;
  readonly level: LevelCode | null;
  readonly ownership: OwnershipCode | null;
  /** true: only schools recognised by `day`; false: only the others; null: all. */
  readonly nationalStandard: boolean | null;
}

/** The ministry's school code (mã trường): eight digits. */
export const SCHOOL_CODE = /^\d{8}$/;
