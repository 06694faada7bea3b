import type { IsoDate } from '../../kit/dates.js';
import type { EnrolmentStatusCode, LevelCode, OwnershipCode, QualificationCode } from '../lookups/codes.js';
import type { SeedPlace } from './places.js';

/**
 * The demo data as the generators build it in memory before one bulk load: plain records with the
 * links between them, turned into rows at the end.
 */

/** A school year the department opened: from khai giảng (start) to tổng kết (end). */
export interface SeedYear {
  readonly code: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

export interface SeedSchool {
  readonly code: string;
  readonly name: string;
  readonly level: LevelCode;
  readonly ownership: OwnershipCode;
  readonly place: SeedPlace;
  readonly address: string;
  readonly foundedOn: IsoDate;
  closedOn: IsoDate | null;
  readonly standardLevel: number;
  readonly recognisedOn: IsoDate | null;
  /** Founded after the reform: recorded under its new commune only. */
  readonly postReform: boolean;
  /** Classes a school year (the demo's scaled sample). */
  readonly classSlots: number;
  deleted: boolean;
}

export interface SeedClass {
  readonly id: number;
  readonly school: SeedSchool;
  readonly year: SeedYear;
  readonly name: string;
  readonly grade: number;
  deleted: boolean;
}

export interface SeedStudent {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly female: boolean;
  readonly birthDate: IsoDate;
  readonly idNumber: string | null;
  deleted: boolean;
}

export interface SeedEnrolment {
  readonly id: number;
  readonly student: SeedStudent;
  readonly schoolClass: SeedClass;
  readonly enrolledOn: IsoDate;
  status: EnrolmentStatusCode;
  changedOn: IsoDate | null;
  deleted: boolean;
}

export interface SeedTeacher {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly female: boolean;
  readonly school: SeedSchool;
  readonly qualification: QualificationCode;
  readonly subject: string | null;
  readonly startedOn: IsoDate;
  leftOn: IsoDate | null;
  deleted: boolean;
}

/** The whole generated data set. */
export class SeedState {
  readonly years: SeedYear[] = [];
  readonly schools: SeedSchool[] = [];
  readonly classes: SeedClass[] = [];
  readonly students: SeedStudent[] = [];
  readonly enrolments: SeedEnrolment[] = [];
  readonly teachers: SeedTeacher[] = [];
}
