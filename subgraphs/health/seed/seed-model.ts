/**
 * The demo data as the generators build it in memory before one bulk load: plain records, turned
 * into rows of the health department's tables at the end.
 */
import type { DiseaseGroupCode, FacilityLevelCode, TreatmentTypeCode, VaccineCode } from '../lookups/codes.js';

/** What a facility does, which decides who comes to it and for what. */
export type FacilityRole = 'general' | 'regional' | 'maternity' | 'psychiatric' | 'rehabilitation' | 'district' | 'station';

export interface SeedFacility {
  readonly code: string;
  readonly name: string;
  readonly level: FacilityLevelCode;
  readonly role: FacilityRole;
  /** MA_DVHC: the commune it is registered in, or the old district for a district health centre. */
  readonly unitCode: string;
  readonly openedOn: string;
  readonly closedOn: string | null;
  plannedBeds: number;
  actualBeds: number;
  readonly deleted: boolean;
}

export interface SeedEpisode {
  readonly key: string;
  readonly name: string;
  readonly idNumber: string | null;
  /** yyyyMMdd */
  readonly birth: string;
  readonly sex: 1 | 2;
  readonly residence: string;
  readonly main: string;
  readonly other: string | null;
  readonly facility: SeedFacility;
  readonly type: TreatmentTypeCode;
  /** yyyyMMddHHmm, Vietnam time. */
  readonly admitted: string;
  readonly discharged: string;
  deleted: boolean;
}

export interface SeedReport {
  readonly id: number;
  readonly unitCode: string;
  readonly year: number;
  readonly week: number;
  readonly monday: string;
  readonly sunday: string;
  readonly group: DiseaseGroupCode;
  readonly cases: number;
  readonly deaths: number;
  deleted: boolean;
}

export interface SeedChild {
  readonly id: string;
  readonly name: string;
  readonly bornOn: string;
  readonly sex: 1 | 2;
  readonly idNumber: string | null;
  readonly unitCode: string;
  deleted: boolean;
}

export interface SeedDose {
  readonly id: number;
  readonly child: SeedChild;
  readonly vaccine: VaccineCode;
  readonly dose: number;
  readonly givenOn: string;
  readonly unitCode: string;
  readonly facility: string;
  deleted: boolean;
}

export interface SeedTarget {
  readonly id: number;
  readonly unitCode: string;
  readonly year: number;
  readonly children: number;
}

/** The whole generated data set. */
export interface SeedState {
  readonly facilities: SeedFacility[];
  readonly episodes: SeedEpisode[];
  readonly reports: SeedReport[];
  readonly children: SeedChild[];
  readonly doses: SeedDose[];
  readonly targets: SeedTarget[];
}
