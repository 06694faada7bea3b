import type { IsoDate } from '../../kit/dates.js';
import type { DatePeriod } from '../../kit/indicators/period.js';
import type { Recorded } from '../../kit/sector/recorded.js';
import type { DisputeStatusName } from '../lookups/codes.js';

/** A land dispute (tranh chấp đất đai) as the repository returns it, recorded on the day received. */
export interface Dispute extends Recorded {
  readonly id: number;
  readonly parcelId: number;
  readonly subject: string;
  readonly receivedOn: IsoDate;
  readonly closedOn: IsoDate | null;
  readonly status: DisputeStatusName;
}

export interface DisputeFilter {
  /** Received in this period. */
  readonly period: DatePeriod | null;
  readonly status: DisputeStatusName | null;
}
