import type { IsoDate } from '../../kit/dates.js';
import type { DatePeriod } from '../../kit/indicators/period.js';

export type DisputeStatusName = 'OPEN' | 'MEDIATED' | 'DECIDED' | 'WITHDRAWN';

/** DC_TRANGTHAITRANHCHAP codes ↔ the GraphQL status. */
export const DISPUTE_STATUS_CODES: Readonly<Record<DisputeStatusName, string>> = {
  OPEN: '01',
  MEDIATED: '02',
  DECIDED: '03',
  WITHDRAWN: '04',
};

export const disputeStatusOf = (code: string): DisputeStatusName =>
  (Object.entries(DISPUTE_STATUS_CODES).find(([, c]) => c === code)?.[0] as DisputeStatusName | undefined) ?? 'OPEN';

/** A land dispute (tranh chấp đất đai) as the repository returns it. */
export interface Dispute {
  readonly id: number;
  readonly parcelId: number;
  readonly unitCode: string;
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
