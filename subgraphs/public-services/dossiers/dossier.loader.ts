import type { RequestScope } from '../../kit/context/request-scope.js';
import { scopedPages } from '../../kit/graphql/scoped-page-loader.js';
import { rowLoader } from '../../kit/loaders.js';
import type { DossierRepository } from './dossier.repository.js';

/** The per-request DataLoaders of dossiers, all scoped to the caller's area. */
export function createDossierLoaders(repository: DossierRepository, scope: RequestScope) {
  const area = scope.records;
  return {
    byId: rowLoader((ids: readonly number[]) => repository.byIds(ids, area), (d) => d.id),
    byNumber: rowLoader((numbers: readonly string[]) => repository.byNumbers(numbers, area), (d) => d.number),
    applicantById: rowLoader((ids: readonly number[]) => repository.applicants(ids, area), (a) => a.dossierId),
    pages: scopedPages(scope, repository),
  };
}

export type DossierLoaders = ReturnType<typeof createDossierLoaders>;
