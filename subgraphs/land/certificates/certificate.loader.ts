import type { RequestScope } from '../../kit/context/request-scope.js';
import { scopedPages } from '../../kit/graphql/scoped-page-loader.js';
import { groupLoader, rowLoader } from '../../kit/loaders.js';
import type { CertificateRepository } from './certificate.repository.js';

/** The per-request DataLoaders of certificates and their holders, all scoped to the caller's area. */
export function createCertificateLoaders(repository: CertificateRepository, scope: RequestScope) {
  const area = scope.records;
  return {
    byId: rowLoader((ids: readonly number[]) => repository.byIds(ids, area), (c) => c.id),
    bySerial: rowLoader((serials: readonly string[]) => repository.bySerials(serials, area), (c) => c.serial),
    ofParcel: groupLoader((ids: readonly number[]) => repository.ofParcels(ids, area), (c) => c.parcelId),
    holderOf: rowLoader((ids: readonly number[]) => repository.holdersOf(ids, area), (h) => h.certificateId),
    pages: scopedPages(scope, repository),
  };
}

export type CertificateLoaders = ReturnType<typeof createCertificateLoaders>;
