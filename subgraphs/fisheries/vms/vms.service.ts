import type { VmsLoaders } from './vms.loader.js';
import type { PositionReport, VmsDevice } from './vms.model.js';

/** VMS devices and position reports of the caller's vessels; every read through a loader. */
export class VmsService {
  constructor(private readonly loaders: VmsLoaders) {}

  device(id: number): Promise<VmsDevice | null> {
    return this.loaders.deviceById.load(id);
  }

  currentDeviceOf(vesselId: number): Promise<VmsDevice | null> {
    return this.loaders.currentDevice.load(vesselId);
  }

  position(id: string): Promise<PositionReport | null> {
    return /^\d{1,15}$/.test(id) ? this.loaders.positionById.load(id) : Promise.resolve(null);
  }

  lastPositionOf(vesselId: number): Promise<PositionReport | null> {
    return this.loaders.lastPosition.load(vesselId);
  }
}
