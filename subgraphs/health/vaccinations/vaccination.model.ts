import type { IsoDate } from '../../kit/dates.js';
import type { DatePeriod } from '../../kit/indicators/period.js';
import type { Recorded } from '../../kit/sector/recorded.js';
import type { VaccineCode } from '../lookups/codes.js';
import type { PatientSexName } from '../episodes/episode.model.js';

/** One dose given to a child (TC_MUI_TIEM), recorded under the child's commune code in force on the day of the dose. */
export interface Vaccination extends Recorded {
  readonly id: number;
  readonly vaccinatedOn: IsoDate;
  readonly vaccine: VaccineCode;
  readonly vaccineName: string;
  readonly dose: number;
  readonly facilityCode: string;
}

/** The child a dose was given to (TC_DOI_TUONG): sensitive personal data, read through the dose. */
export interface VaccinatedChild {
  readonly vaccinationId: number;
  readonly name: string;
  readonly idNumber: string | null;
  readonly birthDate: IsoDate;
  readonly sex: PatientSexName;
}

export interface VaccinationFilter {
  readonly period: DatePeriod | null;
  readonly vaccine: VaccineCode | null;
}
