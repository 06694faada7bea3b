import { landMigrations } from '../../migrations/land/index.js';
import { resolveUnitReference } from '../kit/units/unit-reference.type.js';
import { defineSubgraph } from '../kit/subgraph-definition.js';
import { CertificateResolver } from './certificates/certificate.resolver.js';
import { ChangeRegistrationResolver } from './changes/change-registration.resolver.js';
import { DisputeResolver } from './disputes/dispute.resolver.js';
import { LandResolver, LandUnitResolver } from './land/land.resolver.js';
import { LandUnit } from './land/land.type.js';
import { createLandRepositories } from './land.repositories.js';
import { createLandServices } from './land.services.js';
import { ParcelResolver } from './parcels/parcel.resolver.js';
import { seedLand } from './seed/land.seed.js';
import { parseId } from './shared/ids.js';
import { LAND_INDICATORS, LAND_SOURCE } from './indicators/land-indicators.js';

/** Resolves an entity from its `id` key through the request's loader; a malformed id names nothing. */
function referenceById<T>(ref: Record<string, unknown>, find: (id: number) => Promise<T | null>): Promise<T | null> | null {
  const id = parseId(String(ref.id));
  return id === null ? null : find(id);
}

/** The land subgraph: parcels, certificates, change registrations and disputes from the cadastral database. */
export const land = defineSubgraph({
  name: 'land',
  defaultPort: 4004,
  indicators: { field: 'land', source: LAND_SOURCE, specs: LAND_INDICATORS },
  resolvers: [LandUnitResolver, LandResolver, ParcelResolver, CertificateResolver, ChangeRegistrationResolver, DisputeResolver],
  // Only reachable through federation (`_entities`), so type-graphql must be told about it.
  orphanedTypes: [LandUnit],
  migrations: landMigrations,
  seed: seedLand,
  createRepositories: createLandRepositories,
  createServices: createLandServices,
  entities: {
    AdministrativeUnit: resolveUnitReference,
    Parcel: (ref, ctx) => referenceById(ref, (id) => ctx.services.parcels.byId(id)),
    Certificate: (ref, ctx) => referenceById(ref, (id) => ctx.services.certificates.byId(id)),
    ChangeRegistration: (ref, ctx) => referenceById(ref, (id) => ctx.services.changes.byId(id)),
    Dispute: (ref, ctx) => referenceById(ref, (id) => ctx.services.disputes.byId(id)),
  },
});
