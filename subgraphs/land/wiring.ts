import type { RequestScope } from '../kit/context/request-scope.js';
import type { Database } from '../kit/database/database.js';
import type { SectorContext } from '../kit/sector/define-sector.js';
import { createCertificateLoaders } from './certificates/certificate.loader.js';
import { CertificateRepository } from './certificates/certificate.repository.js';
import { CertificateService } from './certificates/certificate.service.js';
import { createChangeRegistrationLoaders } from './change-registrations/change-registration.loader.js';
import { ChangeRegistrationRepository } from './change-registrations/change-registration.repository.js';
import { ChangeRegistrationService } from './change-registrations/change-registration.service.js';
import { createDisputeLoaders } from './disputes/dispute.loader.js';
import { DisputeRepository } from './disputes/dispute.repository.js';
import { DisputeService } from './disputes/dispute.service.js';
import { LandMeasures } from './indicators/measure.repository.js';
import { createParcelLoaders } from './parcels/parcel.loader.js';
import { ParcelRepository } from './parcels/parcel.repository.js';
import { ParcelService } from './parcels/parcel.service.js';
import { UsePurposeRepository } from './parcels/use-purpose.repository.js';

/** Built once per server over the open database. */
export function createRepositories(db: Database) {
  return {
    measures: new LandMeasures(db),
    parcels: new ParcelRepository(db),
    usePurposes: new UsePurposeRepository(db),
    certificates: new CertificateRepository(db),
    changes: new ChangeRegistrationRepository(db),
    disputes: new DisputeRepository(db),
  };
}

/** Built per request: the services and their DataLoaders, narrowed to the request's scope. */
export function createServices(repositories: Repositories, scope: RequestScope) {
  return {
    parcels: new ParcelService(createParcelLoaders(repositories.parcels, scope), repositories.usePurposes),
    certificates: new CertificateService(createCertificateLoaders(repositories.certificates, scope)),
    changes: new ChangeRegistrationService(createChangeRegistrationLoaders(repositories.changes, scope)),
    disputes: new DisputeService(createDisputeLoaders(repositories.disputes, scope)),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
export type Services = ReturnType<typeof createServices>;
export type Context = SectorContext<Services>;
