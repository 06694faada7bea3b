import type { RequestScope } from '../../kit/context/request-scope.js';
import { rowLoader } from '../../kit/loaders.js';
import type { VmsRepository } from './vms.repository.js';

/** The per-request DataLoaders of VMS devices and position reports, scoped through their vessel. */
export function createVmsLoaders(repository: VmsRepository, scope: RequestScope) {
  const { allowed } = scope;
  return {
    deviceById: rowLoader((ids: readonly number[]) => repository.devicesByIds(ids, allowed), (d) => d.id),
    // Ordered by installation date, so with two open rows the later device wins.
    currentDevice: rowLoader((ids: readonly number[]) => repository.currentDevices(ids, allowed), (d) => d.vesselId),
    positionById: rowLoader((ids: readonly string[]) => repository.positionsByIds(ids, allowed), (p) => p.id),
    lastPosition: rowLoader((ids: readonly number[]) => repository.lastPositions(ids, allowed), (p) => p.vesselId),
  };
}

export type VmsLoaders = ReturnType<typeof createVmsLoaders>;
