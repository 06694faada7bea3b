import { groupLoader, rowLoader } from '../../kit/loaders.js';
import type { UnitRepository } from './unit.repository.js';

/** The per-request DataLoaders of the admin-units subgraph: one statement per batch each. */
export function createUnitLoaders(repository: UnitRepository) {
  return {
    byId: rowLoader((ids: readonly number[]) => repository.byIds(ids), (u) => u.id),
    versionsByCode: groupLoader((codes: readonly string[]) => repository.versionsOf(codes), (u) => u.code),
    childrenByParentId: groupLoader((ids: readonly number[]) => repository.childrenOf(ids), (u) => u.parentId ?? -1),
    successorsById: groupLoader((ids: readonly number[]) => repository.links(ids, 'predecessor'), (l) => l.fromId),
    predecessorsById: groupLoader((ids: readonly number[]) => repository.links(ids, 'successor'), (l) => l.fromId),
  };
}

export type UnitLoaders = ReturnType<typeof createUnitLoaders>;
