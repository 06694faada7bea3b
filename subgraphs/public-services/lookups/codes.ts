/**
 * The one-stop system's lookup codes and the API's names for them. The seed writes the lookup
 * tables from these lists and the repositories translate with them, so a code means the same thing
 * in both places.
 */

/** The tier of government an agency belongs to or a procedure is carried out at. */
export type AgencyLevelName = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';

/** Legacy `CapCoQuan` / `CapThucHien` codes. */
export const LEGACY_LEVEL: Readonly<Record<string, AgencyLevelName>> = { TINH: 'PROVINCE', HUYEN: 'DISTRICT', XA: 'COMMUNE' };

export type OnlineServiceLevelName = 'FULL' | 'PARTIAL' | 'NONE';

/** Legacy `MucDoDVC`: 4 = fully online, 3 = partly online, 2 and below = information only. */
export const onlineServiceOf = (mucDo: number): OnlineServiceLevelName => (mucDo >= 4 ? 'FULL' : mucDo === 3 ? 'PARTIAL' : 'NONE');

export type DossierStatusName = 'RECEIVED' | 'IN_PROCESS' | 'SUPPLEMENT_REQUESTED' | 'FINISHED' | 'REJECTED' | 'WITHDRAWN';

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
