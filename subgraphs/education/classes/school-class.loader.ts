import type { RequestScope } from '../../kit/context/request-scope.js';
import { scopedPages } from '../../kit/graphql/scoped-page-loader.js';
import { rowLoader } from '../../kit/loaders.js';
import { perDay } from '../sector/as-of.js';
import type { SchoolClassRepository } from './school-class.repository.js';

/** The per-request DataLoaders of classes, all scoped to the caller's area. */
export function createSchoolClassLoaders(repository: SchoolClassRepository, scope: RequestScope) {
  const area = scope.records;
  return {
    rollOn: perDay((day) => rowLoader((ids: readonly number[]) => repository.rolls(ids, day, area), (r) => r.classId)),
    pages: scopedPages(scope, repository),
  };
}

export type SchoolClassLoaders = ReturnType<typeof createSchoolClassLoaders>;
