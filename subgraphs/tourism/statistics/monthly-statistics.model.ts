import type { IsoDate } from '../../kit/dates.js';
import type { DatePeriod } from '../../kit/indicators/period.js';
import type { Recorded } from '../../kit/sector/recorded.js';

/**
 * One publication of one province's tourism figures for a month (a DL_TK_THANG row), recorded on
 * the month's first day: its province code is the one in force that month.
 */
export interface MonthlyStatistics extends Recorded {
  readonly id: number;
  readonly year: number;
  readonly month: number;
  readonly revision: number;
  readonly estimate: boolean;
  readonly publishedOn: IsoDate;
  readonly internationalGuests: number;
  readonly domesticGuests: number;
  /** International plus domestic. */
  readonly totalGuests: number;
  readonly guestDays: number;
  readonly revenueMillionVnd: number;
}

export interface MonthlyStatisticsFilter {
  /** Months wholly inside this period; null for all. */
  readonly period: DatePeriod | null;
  /** Only each month's newest revision. */
  readonly latestOnly: boolean;
}
