import type { IsoDate } from '../../kit/dates.js';
import type { AgencyLevelName, OnlineServiceLevelName } from '../lookups/codes.js';

/** An administrative procedure of the catalogue (`ThuTuc`), as the repository returns it. */
export interface Procedure {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  /** The field (lĩnh vực) from the `LinhVuc` lookup table. */
  readonly field: { readonly code: string; readonly name: string };
  readonly level: AgencyLevelName;
  readonly onlineService: OnlineServiceLevelName;
  readonly processingDays: number;
  readonly decisionNumber: string;
  /** From the legacy `DD/MM/YYYY` text column. */
  readonly announcedOn: IsoDate | null;
}
