import type { IsoDate } from '../../kit/dates.js';
import type { AgencyLevelName } from '../agencies/agency.model.js';

export type OnlineServiceLevelName = 'FULL' | 'PARTIAL' | 'NONE';

/** Legacy `MucDoDVC`: 4 = fully online, 3 = partly online, 2 and below = information only. */
export const onlineServiceOf = (mucDo: number): OnlineServiceLevelName => (mucDo >= 4 ? 'FULL' : mucDo === 3 ? 'PARTIAL' : 'NONE');

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
