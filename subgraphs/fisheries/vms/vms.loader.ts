import type { RequestScope } from '../../kit/context/request-scope.js';
import { rowLoader } from '../../kit/loaders.js';
import type { VmsRepository } from './vms.repository.js';

/** The per-request DataLoaders of VMS devices and position reports, scoped through their vessel. */
export function createVmsLoaders(repository: VmsRepository, scope: RequestScope) {
  const area = scope.records;
  return {
    deviceById: rowLoader((ids: readonly number[]) => repository.devicesByIds(ids, area), (d) => d.id),
    // Ordered by installation date, so with two open rows the later device wins.
    currentDevice: rowLoader((ids: readonly number[]) => repository.currentDevices(ids, area), (d) => d.vesselId),
    positionById: rowLoader((ids: readonly string[]) => repository.positionsByIds(ids, area), (p) => p.id),
    lastPosition: rowLoader((ids: readonly number[]) => repository.lastPositions(ids, area), (p) => p.vesselId),
  };
}

export type VmsLoaders = ReturnType<typeof createVmsLoaders>;
