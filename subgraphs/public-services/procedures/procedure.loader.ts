import { rowLoader } from '../../kit/loaders.js';
import type { ProcedureRepository } from './procedure.repository.js';

/** The per-request DataLoaders of the procedure catalogue: one statement per batch each. */
export function createProcedureLoaders(repository: ProcedureRepository) {
  return {
    byId: rowLoader((ids: readonly number[]) => repository.byIds(ids), (p) => p.id),
    byCode: rowLoader((codes: readonly string[]) => repository.byCodes(codes), (p) => p.code),
  };
}

export type ProcedureLoaders = ReturnType<typeof createProcedureLoaders>;
