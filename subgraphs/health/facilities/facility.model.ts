import type { IsoDate } from '../../kit/dates.js';
import type { FacilityLevelCode } from '../lookups/codes.js';

/** A health facility (cơ sở khám bệnh, chữa bệnh) from DM_CSKCB: public reference data, not a record of an area. */
export interface Facility {
  /** MA_CSKCB, the five-digit facility code of the health insurance directory. */
  readonly code: string;
  /** MA_DVHC: the unit code the facility is located under, as in force when it began operating. */
  readonly locationCode: string;
  readonly name: string;
  readonly level: FacilityLevelCode;
  readonly levelName: string;
  readonly plannedBeds: number;
  readonly actualBeds: number;
  readonly operatingSince: IsoDate;
  readonly closedOn: IsoDate | null;
}

export interface FacilityFilter {
  readonly level: FacilityLevelCode | null;
  /** false (default): only facilities operating now. */
  readonly includeClosed: boolean;
}

/** MA_CSKCB: five digits, the first two the province's code. */
export const FACILITY_CODE = /^\d{5}$/;
