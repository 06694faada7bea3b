import type { IsoDate } from '../../kit/dates.js';

/** A VMS transceiver fitted to a vessel (THIETBI_VMS). */
export interface VmsDevice {
  readonly id: number;
  readonly vesselId: number;
  readonly serialNumber: string;
  readonly provider: string;
  readonly installedOn: IsoDate;
  readonly removedOn: IsoDate | null;
}

/** One position report of a VMS device (BANTIN_VITRI). */
export interface PositionReport {
  readonly id: string;
  readonly vesselId: number;
  readonly deviceId: number;
  readonly at: Date;
  readonly latitude: number;
  readonly longitude: number;
  readonly speedKnots: number;
  readonly course: number;
}
