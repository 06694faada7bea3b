
/**
 * The demo data as the generators build it in memory before one bulk load: plain records with the
 * links between them, turned into DC_* rows at the end.
 */

export interface SeedCommune {
  /** The old commune code (or 536 for Lý Sơn, a district without communes). */
  readonly code: string;
  readonly district: string;
  readonly districtName: string;
  /** Phường or thị trấn before the reform: residential land there is ODT. */
  readonly urban: boolean;
  /** The new communes it went into on 2025-07-01 (two for a partial merge). */
  readonly successors: readonly string[];
  /** Relative size: parcels and events are spread by it. */
  readonly weight: number;
}

export interface SeedParcel {
  readonly id: number;
  readonly commune: SeedCommune;
  /** The new commune that carries this parcel's records from 2025-07-01. */
  readonly successor: string;
  /** MADVHC: the code in force when the parcel was registered. */
  readonly unitCode: string;
  /** The map sheet and the parcel's number on it: with `unitCode`, the parcel's key in the register (unique). */
  sheet: number;
  number: number;
  readonly area: number;
  readonly purpose: string;
  readonly registeredOn: string;
  retiredOn: string | null;
  holderId: number | null;
  /** The day its first certificate was issued, once one is. */
  certifiedOn: string | null;
  /** The parcel a re-survey replaced with this one. */
  readonly replaces: SeedParcel | null;
  deleted: boolean;
}

export interface SeedHolder {
  readonly id: number;
  readonly kind: 'HGD' | 'TCK';
  readonly name: string;
  readonly idNumber: string;
}

export interface SeedCertificate {
  readonly id: number;
  readonly parcel: SeedParcel;
  readonly holderId: number;
  readonly changeId: number | null;
  readonly unitCode: string;
  readonly serial: string;
  readonly registerNumber: string;
  readonly issuedOn: string;
  readonly kind: '01' | '02';
  deleted: boolean;
}

export interface SeedChange {
  readonly id: number;
  readonly parcel: SeedParcel;
  readonly unitCode: string;
  readonly kind: string;
  readonly receivedOn: string;
  readonly dueOn: string;
  readonly finishedOn: string | null;
  deleted: boolean;
}

export interface SeedDispute {
  readonly id: number;
  readonly parcel: SeedParcel;
  readonly unitCode: string;
  readonly subject: string;
  readonly receivedOn: string;
  readonly closedOn: string | null;
  readonly status: string;
  deleted: boolean;
}

/** The whole generated data set and its id counters. */
export class SeedState {
  readonly parcels: SeedParcel[] = [];
  readonly parcelsByCommune = new Map<string, SeedParcel[]>();
  readonly holders: SeedHolder[] = [];
  readonly certificates: SeedCertificate[] = [];
  readonly changes: SeedChange[] = [];
  readonly disputes: SeedDispute[] = [];

  addParcel(parcel: Omit<SeedParcel, 'id'>): SeedParcel {
    const p: SeedParcel = { ...parcel, id: this.parcels.length + 1 };
    this.parcels.push(p);
    const list = this.parcelsByCommune.get(p.commune.code) ?? [];
    list.push(p);
    this.parcelsByCommune.set(p.commune.code, list);
    return p;
  }

  addHolder(holder: Omit<SeedHolder, 'id'>): SeedHolder {
    const h: SeedHolder = { ...holder, id: this.holders.length + 1 };
    this.holders.push(h);
    return h;
  }

  nextCertificateId = (): number => this.certificates.length + 1;
  nextChangeId = (): number => this.changes.length + 1;
  nextDisputeId = (): number => this.disputes.length + 1;
}

/** The parcel is on the register on `day` (registered, not yet replaced). */
export const currentOn = (parcel: SeedParcel, day: string): boolean =>
  parcel.registeredOn <= day && (parcel.retiredOn === null || parcel.retiredOn > day);
