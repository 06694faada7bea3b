import type { AreaScope } from '../../../lib/caller.js';
import { ScopedPageLoader } from '../../kit/graphql/scoped-page-loader.js';
import type { KeysetPageArgs } from '../../kit/graphql/scoped-page.js';
import { rowLoader } from '../../kit/loaders.js';
import type { Applicant } from './dossier.model.js';
import type { AllowedCodes } from '../../kit/database/sector-repository.js';
import { DOSSIER_ORDER, dossierKey, type DossierPageFilter, type DossierRepository } from './dossier.repository.js';

/** The per-request DataLoaders of dossiers, all scoped to the caller's area. */
export function createDossierLoaders(repository: DossierRepository, allowed: AllowedCodes, area: AreaScope) {
  return {
    byId: rowLoader((ids: readonly number[]) => repository.byIds(ids, allowed), (d) => d.id),
    byNumber: rowLoader((numbers: readonly string[]) => repository.byNumbers(numbers, allowed), (d) => d.number),
    applicantById: rowLoader(
      (ids: readonly number[]) => repository.applicants(ids, allowed),
      (a: Applicant & { dossierId: number }) => a.dossierId,
    ),
    pages: new ScopedPageLoader({
      area,
      order: DOSSIER_ORDER,
      keyOf: dossierKey,
      load: (scopes, args: KeysetPageArgs<DossierPageFilter>) => repository.pages(scopes, args),
    }),
  };
}

export type DossierLoaders = ReturnType<typeof createDossierLoaders>;
