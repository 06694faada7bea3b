import type { RequestScope } from '../../kit/context/request-scope.js';
import { scopedPages } from '../../kit/graphql/scoped-page-loader.js';
import { rowLoader } from '../../kit/loaders.js';
import { perDay } from '../sector/as-of.js';
import type { SchoolRepository } from './school.repository.js';

/** The per-request DataLoaders of schools, all scoped to the caller's area. */
export function createSchoolLoaders(repository: SchoolRepository, scope: RequestScope) {
  const area = scope.records;
  return {
    byCodeOn: perDay((day) => rowLoader((codes: readonly string[]) => repository.byCodes(codes, day, area), (s) => s.code)),
    pages: scopedPages(scope, repository),
  };
}

export type SchoolLoaders = ReturnType<typeof createSchoolLoaders>;
