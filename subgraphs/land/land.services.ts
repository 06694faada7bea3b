import type { Caller } from '../../lib/caller.js';
import type { SubgraphContext } from '../kit/context/context.js';
import { IndicatorService } from '../kit/indicators/indicator.service.js';
import { CertificateService } from './certificates/certificate.service.js';
import { ChangeRegistrationService } from './changes/change-registration.service.js';
import { DisputeService } from './disputes/dispute.service.js';
import { LAND_INDICATOR_SET } from './indicators/land-indicators.js';
import { createLandLoaders } from './land.loader.js';
import type { LandRepositories } from './land.repositories.js';
import { ParcelService } from './parcels/parcel.service.js';

/** Built per request for one caller: the services share that request's DataLoaders. */
export function createLandServices(repositories: LandRepositories, caller: Caller) {
  const loaders = createLandLoaders(repositories, caller.area);
  return {
    indicators: new IndicatorService({
      set: LAND_INDICATOR_SET,
      load: repositories.measures.measures,
      area: caller.area,
    }),
    parcels: new ParcelService(repositories.parcels, loaders),
    certificates: new CertificateService(loaders),
    changes: new ChangeRegistrationService(loaders),
    disputes: new DisputeService(loaders),
  };
}

export type LandServices = ReturnType<typeof createLandServices>;
export type LandContext = SubgraphContext<LandServices>;
