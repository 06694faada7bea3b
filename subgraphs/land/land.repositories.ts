import { MeasureCache } from '../kit/indicators/measure-cache.js';
import type { RepositoryOptions } from '../kit/subgraph-definition.js';
import type { Database } from '../kit/database/database.js';
import { CertificateRepository } from './certificates/certificate.repository.js';
import { ChangeRegistrationRepository } from './changes/change-registration.repository.js';
import { DisputeRepository } from './disputes/dispute.repository.js';
import { LandIndicatorRepository } from './indicators/land-indicator.repository.js';
import { ParcelRepository } from './parcels/parcel.repository.js';

/** Built once per process over the open database. */
export function createLandRepositories(db: Database, options: RepositoryOptions) {
  const indicators = new LandIndicatorRepository(db);
  return {
    parcels: new ParcelRepository(db),
    certificates: new CertificateRepository(db),
    changes: new ChangeRegistrationRepository(db),
    disputes: new DisputeRepository(db),
    indicators,
    measures: new MeasureCache((codes, period) => indicators.measures(codes, period), options.cacheMaxAgeSeconds),
  };
}

export type LandRepositories = ReturnType<typeof createLandRepositories>;
