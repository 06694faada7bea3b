import type { Recorded } from '../../kit/sector/recorded.js';
import type { DossierStatusName } from '../lookups/codes.js';

export type TimelinessName = 'AHEAD' | 'ON_TIME' | 'LATE';

/** A dossier (`HoSo`) without its applicant, which is personal data and loaded apart. */
export interface Dossier extends Recorded {
  readonly id: number;
  readonly number: string;
  readonly procedureId: number;
  readonly agencyId: number;
  readonly receivedAt: Date;
  readonly dueAt: Date;
  readonly finishedAt: Date | null;
  readonly status: DossierStatusName;
  readonly statusLabel: string;
  readonly online: boolean;
}

/** The person who submitted a dossier: basic personal data under Decree 356/2025/NĐ-CP. */
export interface Applicant {
  readonly dossierId: number;
  readonly name: string;
  readonly idNumber: string | null;
  readonly phone: string | null;
}

/** What one page of a unit's dossiers is filtered by. */
export interface DossierPageFilter {
  /** Received at or after this instant. */
  receivedFrom: Date | null;
  /** Received before this instant. */
  receivedBefore: Date | null;
  statusCode: string | null;
  online: boolean | null;
  /** Finished after the due time, or still open past it at `now`; false for the opposite. */
  overdue: boolean | null;
  now: Date;
}
