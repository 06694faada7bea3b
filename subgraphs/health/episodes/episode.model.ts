import { addDays, isIsoDate, type IsoDate } from '../../kit/dates.js';
import type { DatePeriod } from '../../kit/indicators/period.js';
import type { Recorded } from '../../kit/sector/recorded.js';
import { SEX_CODES, type TreatmentTypeCode } from '../lookups/codes.js';

/**
 * A treatment episode (lượt khám bệnh, chữa bệnh) from claims table 1 (XML1_TONG_HOP), without its
 * personal data: recorded under the patient's residence commune (MAXA_CU_TRU) on the admission day.
 */
export interface Episode extends Recorded {
  /** MA_LK, the episode's link key across the claims tables. */
  readonly episodeKey: string;
  readonly treatmentType: TreatmentTypeCode;
  readonly inpatient: boolean;
  /** From NGAY_VAO / NGAY_RA (`yyyyMMddHHmm` text); null when that text is not a real date. */
  readonly admittedOn: IsoDate | null;
  readonly dischargedOn: IsoDate | null;
  readonly admittedAt: Date | null;
  readonly dischargedAt: Date | null;
  /** NGAY_VAO as written (`yyyyMMddHHmm`): the list's order and its cursor. */
  readonly admissionStamp: string;
  readonly facilityCode: string;
}

export type PatientSexName = 'MALE' | 'FEMALE' | 'UNKNOWN';

/** The patient named on a claim: sensitive personal data (health data, Decree 356/2025/NĐ-CP). */
export interface Patient {
  readonly name: string;
  readonly idNumber: string | null;
  readonly birthDate: IsoDate | null;
  readonly sex: PatientSexName;
}

/** The sensitive part of an episode: who the patient is and what they were treated for. */
export interface EpisodeClinical {
  readonly episodeKey: string;
  readonly patient: Patient;
  readonly mainDiagnosis: string;
  readonly otherDiagnoses: readonly string[];
}

/** An ICD-10 diagnosis of an episode, with the patient it is about (for the audit trail, not a field). */
export interface Diagnosis {
  readonly code: string;
  readonly name: string | null;
  readonly subject: string;
}

export interface EpisodeFilter {
  readonly period: DatePeriod | null;
  readonly treatmentType: TreatmentTypeCode | null;
  readonly facilityCode: string | null;
}

/** MA_LK is at most 100 characters; a longer key names no episode. */
export const MAX_EPISODE_KEY = 100;

/** A claims date (`yyyyMMdd` or `yyyyMMddHHmm`, Vietnam time) as its day; null when it is not one. */
export function claimDay(text: string | null): IsoDate | null {
  if (!text || !/^\d{8}(\d{4})?$/.test(text)) return null;
  const day = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
  return isIsoDate(day) ? day : null;
}

/** A claims time (`yyyyMMddHHmm`, Vietnam time, UTC+7) as an instant; null when it is not one. */
export function claimInstant(text: string | null): Date | null {
  const day = claimDay(text);
  if (!day || text!.length !== 12) return null;
  const [hours, minutes] = [Number(text!.slice(8, 10)), Number(text!.slice(10, 12))];
  if (hours > 23 || minutes > 59) return null;
  return new Date(Date.parse(`${day}T${text!.slice(8, 10)}:${text!.slice(10, 12)}:00+07:00`));
}

/** The first minute of a day as the claims write it (`yyyyMMdd0000`): bounds for NGAY_VAO / NGAY_RA. */
export const claimKey = (day: IsoDate): string => `${day.replace(/-/g, '')}0000`;

/** A period as claims times: from its first minute (inclusive) to the first minute after it (exclusive). */
export const claimRange = (period: DatePeriod): { from: string; end: string } => ({
  from: claimKey(period.from),
  end: claimKey(addDays(period.to, 1)),
});

/** GIOI_TINH (1 male, 2 female, 3 not determined) as its name. */
export const sexName = (code: unknown): PatientSexName => (Number(code) === SEX_CODES.MALE ? 'MALE' : Number(code) === SEX_CODES.FEMALE ? 'FEMALE' : 'UNKNOWN');

/** MA_BENH_KT holds secondary ICD-10 codes separated by ';' (sometimes with spaces). */
export const splitDiagnoses = (text: string | null): string[] =>
  (text ?? '')
    .split(';')
    .map((c) => c.trim())
    .filter((c) => c !== '');
