import type { IsoDate } from '../../kit/dates.js';
import type { DatePeriod } from '../../kit/indicators/period.js';
import type { Recorded } from '../../kit/sector/recorded.js';
import type { CertificateKindCode } from '../lookups/codes.js';

/** A land use right certificate (giấy chứng nhận, GCN) as the repository returns it, recorded on its issue day. */
export interface Certificate extends Recorded {
  readonly id: number;
  readonly parcelId: number;
  readonly holderId: number;
  readonly changeRegistrationId: number | null;
  readonly serial: string;
  readonly registerNumber: string;
  readonly issuedOn: IsoDate;
  readonly kind: CertificateKindCode;
}

/** The holder named on a certificate: personal data (Law 91/2025/QH15). */
export interface LandHolder {
  /** The certificate that names the holder: holders are only ever read through one. */
  readonly certificateId: number;
  readonly kind: 'HGD' | 'TCK';
  readonly name: string;
  readonly idNumber: string;
}

export interface CertificateFilter {
  readonly period: DatePeriod | null;
  readonly kind: CertificateKindCode | null;
}

/** Serial (số phát hành): two series letters and six digits, `DA 123456`; the space is optional on input. */
export function normaliseSerial(text: string): string | null {
  const m = /^([A-Za-z]{2})\s*(\d{6})$/.exec(text.trim());
  return m ? `${m[1]!.toUpperCase()} ${m[2]}` : null;
}
