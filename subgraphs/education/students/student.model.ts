import type { IsoDate } from '../../kit/dates.js';
import type { Recorded } from '../../kit/sector/recorded.js';
import type { EnrolmentStatusCode, LevelCode } from '../lookups/codes.js';
import type { School } from '../schools/school.model.js';

/**
 * A student on the class list of the school year in force on the day read as of (HOC_SINH_LOP):
 * one enrolment, with its status as it stood that day. No personal data: that is `StudentIdentity`.
 */
export interface Student extends Recorded {
  /** The enrolment's id (HOC_SINH_LOP.ID). */
  readonly id: number;
  readonly classId: number;
  readonly schoolYear: string;
  readonly className: string;
  readonly grade: number;
  readonly school: School;
  readonly enrolledOn: IsoDate;
  readonly status: EnrolmentStatusCode;
  /** The day the student dropped out or transferred away, when that happened by the day read as of. */
  readonly statusChangedOn: IsoDate | null;
}

/** Who the student is (HOC_SINH): basic personal data (Law 91/2025/QH15). */
export interface StudentIdentity {
  /** The enrolment it was read through: identities are only ever read through one. */
  readonly enrolmentId: number;
  readonly studentCode: string;
  readonly name: string;
  /** From the DD/MM/YYYY text; null when unreadable. */
  readonly birthDate: IsoDate | null;
  readonly sex: 'MALE' | 'FEMALE';
  readonly idNumber: string | null;
}

/** The audit subject of a student: the personal ID number, else the ministry's student code. */
export const studentSubject = (identity: StudentIdentity): string => identity.idNumber ?? `HS ${identity.studentCode}`;

export interface StudentFilter {
  readonly day: IsoDate;
  readonly level: LevelCode | null;
  /** The status as it stood on `day`; null for every student of the class lists. */
  readonly status: EnrolmentStatusCode | null;
}
