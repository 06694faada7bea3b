export type DossierStatusName = 'RECEIVED' | 'IN_PROCESS' | 'SUPPLEMENT_REQUESTED' | 'FINISHED' | 'REJECTED' | 'WITHDRAWN';
export type TimelinessName = 'AHEAD' | 'ON_TIME' | 'LATE';

/**
 * The legacy `TrangThaiHoSo` lookup table: code, the label the system shows, display order. The
 * seed writes exactly these rows; the API maps codes to its enum through this table.
 */
export const DOSSIER_STATUSES: ReadonlyArray<{ status: DossierStatusName; code: string; label: string; order: number }> = [
  { status: 'RECEIVED', code: '01', label: 'Mới tiếp nhận', order: 1 },
  { status: 'IN_PROCESS', code: '02', label: 'Đang xử lý', order: 2 },
  { status: 'SUPPLEMENT_REQUESTED', code: '03', label: 'Chờ bổ sung hồ sơ', order: 3 },
  { status: 'FINISHED', code: '04', label: 'Đã trả kết quả', order: 4 },
  { status: 'REJECTED', code: '05', label: 'Trả lại hồ sơ (không giải quyết)', order: 5 },
  { status: 'WITHDRAWN', code: '06', label: 'Công dân rút hồ sơ', order: 6 },
];

const byStatus = new Map(DOSSIER_STATUSES.map((s) => [s.status, s.code]));
const byCode = new Map(DOSSIER_STATUSES.map((s) => [s.code, s.status]));

export const legacyStatusCode = (status: DossierStatusName): string => byStatus.get(status)!;

/** An unknown legacy code (a status added in the source system later) reads as in process. */
export const statusOfLegacyCode = (code: string): DossierStatusName => byCode.get(code) ?? 'IN_PROCESS';

/** A dossier (`HoSo`) without its applicant, which is personal data and loaded apart. */
export interface Dossier {
  readonly id: number;
  readonly number: string;
  readonly procedureId: number;
  readonly agencyId: number;
  /** The unit code recorded with the dossier (in force on the day it was received). */
  readonly unitCode: string;
  readonly receivedAt: Date;
  readonly dueAt: Date;
  readonly finishedAt: Date | null;
  readonly status: DossierStatusName;
  readonly statusLabel: string;
  readonly online: boolean;
}

/** The person who submitted a dossier: basic personal data under Decree 356/2025/NĐ-CP. */
export interface Applicant {
  readonly name: string;
  readonly idNumber: string | null;
  readonly phone: string | null;
}
