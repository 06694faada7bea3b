import type DataLoader from 'dataloader';
import { rowLoader } from '../../kit/loaders.js';
import type { AllowedCodes } from '../../kit/database/sector-repository.js';
import type { PositionReport, VmsDevice } from './vms.model.js';
import type { VmsRepository } from './vms.repository.js';


/** VMS devices and position reports of the caller's vessels; every read through a loader. */
export class VmsService {
  private readonly deviceById: DataLoader<number, VmsDevice | null>;
  private readonly currentDevice: DataLoader<number, VmsDevice | null>;
  private readonly positionById: DataLoader<string, PositionReport | null>;
  private readonly lastPosition: DataLoader<number, PositionReport | null>;

  constructor(repository: VmsRepository, allowed: AllowedCodes) {
    this.deviceById = rowLoader((ids: readonly number[]) => repository.devicesByIds(ids, allowed), (d) => d.id);
    // Ordered by installation date, so with two open rows the later device wins.
    this.currentDevice = rowLoader((ids: readonly number[]) => repository.currentDevices(ids, allowed), (d) => d.vesselId);
    this.positionById = rowLoader((ids: readonly string[]) => repository.positionsByIds(ids, allowed), (p) => p.id);
    this.lastPosition = rowLoader((ids: readonly number[]) => repository.lastPositions(ids, allowed), (p) => p.vesselId);
  }

  device(id: number): Promise<VmsDevice | null> {
    return this.deviceById.load(id);
  }

  currentDeviceOf(vesselId: number): Promise<VmsDevice | null> {
    return this.currentDevice.load(vesselId);
  }

  position(id: string): Promise<PositionReport | null> {
    return /^\d{1,15}$/.test(id) ? this.positionById.load(id) : Promise.resolve(null);
  }

  lastPositionOf(vesselId: number): Promise<PositionReport | null> {
    return this.lastPosition.load(vesselId);
  }
}
