import type { IsoDate } from '../../kit/dates.js';
import type { DatePeriod } from '../../kit/indicators/period.js';
import type { Recorded } from '../../kit/sector/recorded.js';

export type ChangeStatusName = 'IN_PROCESS' | 'ON_TIME' | 'LATE';

/** A change registration (đăng ký biến động) as the repository returns it, recorded on the day received. */
export interface ChangeRegistration extends Recorded {
  readonly id: number;
  readonly parcelId: number;
  readonly kind: { readonly code: string; readonly name: string };
  readonly receivedOn: IsoDate;
  readonly dueOn: IsoDate;
  readonly finishedOn: IsoDate | null;
}

export interface ChangeRegistrationFilter {
  /** Received in this period. */
  readonly period: DatePeriod | null;
  readonly status: ChangeStatusName | null;
}

/** Finished on or before the due date is on time; not finished yet is in process. */
export function statusOf(change: ChangeRegistration): ChangeStatusName {
  if (change.finishedOn === null) return 'IN_PROCESS';
  return change.finishedOn <= change.dueOn ? 'ON_TIME' : 'LATE';
}
