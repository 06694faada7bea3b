import type { IsoDate } from '../../kit/dates.js';
import type { DatePeriod } from '../../kit/indicators/period.js';
import type { Recorded } from '../../kit/sector/recorded.js';
import type { DiseaseGroupCode } from '../lookups/codes.js';

/**
 * One commune's cases of one notifiable disease group in one ISO week (BC_TUAN_BTN), recorded on the
 * week's last day (Sunday), the day it is reported, under the commune code in force that day.
 */
export interface DiseaseCaseReport extends Recorded {
  readonly id: number;
  readonly year: number;
  readonly week: number;
  readonly weekStart: IsoDate;
  readonly weekEnd: IsoDate;
  readonly diseaseGroup: DiseaseGroupCode;
  readonly diseaseGroupName: string;
  readonly cases: number;
  readonly deaths: number;
}

export interface DiseaseCaseFilter {
  /** Weeks whose last day lies in the period. */
  readonly period: DatePeriod | null;
  readonly diseaseGroup: DiseaseGroupCode | null;
}
