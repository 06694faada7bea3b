import type { RequestScope } from '../../kit/context/request-scope.js';
import { scopedPages } from '../../kit/graphql/scoped-page-loader.js';
import { rowLoader } from '../../kit/loaders.js';
import type { DossierRepository } from './dossier.repository.js';

/** The per-request DataLoaders of dossiers, all scoped to the caller's area. */
export function createDossierLoaders(repository: DossierRepository, scope: RequestScope) {
  const { allowed } = scope;
  return {
    byId: rowLoader((ids: readonly number[]) => repository.byIds(ids, allowed), (d) => d.id),
    byNumber: rowLoader((numbers: readonly string[]) => repository.byNumbers(numbers, allowed), (d) => d.number),
    applicantById: rowLoader((ids: readonly number[]) => repository.applicants(ids, allowed), (a) => a.dossierId),
    pages: scopedPages(scope, repository),
  };
}

export type DossierLoaders = ReturnType<typeof createDossierLoaders>;
