/** The tier of government an agency belongs to or a procedure is carried out at. */
export type AgencyLevelName = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';

/** Legacy `CapCoQuan` / `CapThucHien` codes. */
export const LEGACY_LEVEL: Readonly<Record<string, AgencyLevelName>> = { TINH: 'PROVINCE', HUYEN: 'DISTRICT', XA: 'COMMUNE' };

/** An agency receiving dossiers (`CoQuan`), as the repository returns it. */
export interface Agency {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly level: AgencyLevelName;
  readonly unitCode: string;
  readonly active: boolean;
}
