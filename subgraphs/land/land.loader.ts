import type { AreaScope } from '../../lib/caller.js';
import { ScopedPageLoader } from '../kit/graphql/scoped-page-loader.js';
import type { KeysetPageArgs } from '../kit/graphql/scoped-page.js';
import { groupLoader, rowLoader } from '../kit/loaders.js';
import { unitDirectory } from '../kit/units/unit-directory.js';
import type { LandRepositories } from './land.repositories.js';
import type { CertificateFilter } from './certificates/certificate.model.js';
import { CERTIFICATE_ORDER, certificateKey } from './certificates/certificate.repository.js';
import type { ChangeRegistrationFilter } from './changes/change-registration.model.js';
import { CHANGE_ORDER, changeKey } from './changes/change-registration.repository.js';
import type { DisputeFilter } from './disputes/dispute.model.js';
import { DISPUTE_ORDER, disputeKey } from './disputes/dispute.repository.js';
import type { ParcelFilter } from './parcels/parcel.model.js';
import { PARCEL_ORDER, parcelKey } from './parcels/parcel.repository.js';
import type { AllowedCodes } from '../kit/database/sector-repository.js';

/**
 * The per-request DataLoaders of the land subgraph, all narrowed to the caller's area: lookups by id
 * and children of a parcel filter on the records' own unit code, pages on each unit's coverage.
 */
export function createLandLoaders(repositories: LandRepositories, area: AreaScope) {
  const allowed = unitDirectory.allowedCodes(area);
  const codes: AllowedCodes = allowed === null ? null : [...allowed].sort();
  const { parcels, certificates, changes, disputes } = repositories;
  return {
    parcelById: rowLoader((ids: readonly number[]) => parcels.byIds(ids, codes), (p) => p.id),
    certificateById: rowLoader((ids: readonly number[]) => certificates.byIds(ids, codes), (c) => c.id),
    certificateBySerial: rowLoader((serials: readonly string[]) => certificates.bySerials(serials, codes), (c) => c.serial),
    certificatesByParcel: groupLoader((ids: readonly number[]) => certificates.ofParcels(ids, codes), (c) => c.parcelId),
    holderById: rowLoader((ids: readonly number[]) => certificates.holders(ids), (h) => h.id),
    changeById: rowLoader((ids: readonly number[]) => changes.byIds(ids, codes), (c) => c.id),
    changesByParcel: groupLoader((ids: readonly number[]) => changes.ofParcels(ids, codes), (c) => c.parcelId),
    disputeById: rowLoader((ids: readonly number[]) => disputes.byIds(ids, codes), (d) => d.id),
    disputesByParcel: groupLoader((ids: readonly number[]) => disputes.ofParcels(ids, codes), (d) => d.parcelId),
    parcelPages: new ScopedPageLoader({
      area,
      order: PARCEL_ORDER,
      keyOf: parcelKey,
      load: (scopes, args: KeysetPageArgs<ParcelFilter>) => parcels.pages(scopes, args),
    }),
    certificatePages: new ScopedPageLoader({
      area,
      order: CERTIFICATE_ORDER,
      keyOf: certificateKey,
      load: (scopes, args: KeysetPageArgs<CertificateFilter>) => certificates.pages(scopes, args),
    }),
    changePages: new ScopedPageLoader({
      area,
      order: CHANGE_ORDER,
      keyOf: changeKey,
      load: (scopes, args: KeysetPageArgs<ChangeRegistrationFilter>) => changes.pages(scopes, args),
    }),
    disputePages: new ScopedPageLoader({
      area,
      order: DISPUTE_ORDER,
      keyOf: disputeKey,
      load: (scopes, args: KeysetPageArgs<DisputeFilter>) => disputes.pages(scopes, args),
    }),
  };
}

export type LandLoaders = ReturnType<typeof createLandLoaders>;
