import { rowLoader } from '../../kit/loaders.js';
import type { AgencyRepository } from './agency.repository.js';

/** The per-request DataLoaders of the agency catalogue: one statement per batch each. */
export function createAgencyLoaders(repository: AgencyRepository) {
  return {
    byId: rowLoader((ids: readonly number[]) => repository.byIds(ids), (a) => a.id),
    byCode: rowLoader((codes: readonly string[]) => repository.byCodes(codes), (a) => a.code),
  };
}

export type AgencyLoaders = ReturnType<typeof createAgencyLoaders>;
