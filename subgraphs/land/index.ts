import { landMigrations } from '../../migrations/land/index.js';
import { resolveUnitReference } from '../kit/units/unit-reference.type.js';
import { findByRowId } from '../kit/graphql/ids.js';
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
import { LAND_INDICATOR_SET } from './indicators/land-indicators.js';

/** The land subgraph: parcels, certificates, change registrations and disputes from the cadastral database. */
export const land = defineSubgraph({
  name: 'land',
  defaultPort: 4004,
  indicators: LAND_INDICATOR_SET,
  resolvers: [LandUnitResolver, LandResolver, ParcelResolver, CertificateResolver, ChangeRegistrationResolver, DisputeResolver],
  // Only reachable through federation (`_entities`), so type-graphql must be told about it.
  orphanedTypes: [LandUnit],
  migrations: landMigrations,
  seed: seedLand,
  createRepositories: createLandRepositories,
  createServices: createLandServices,
  entities: {
    AdministrativeUnit: resolveUnitReference,
    Parcel: (ref, ctx) => findByRowId(ref.id, (id) => ctx.services.parcels.byId(id)),
    Certificate: (ref, ctx) => findByRowId(ref.id, (id) => ctx.services.certificates.byId(id)),
    ChangeRegistration: (ref, ctx) => findByRowId(ref.id, (id) => ctx.services.changes.byId(id)),
    Dispute: (ref, ctx) => findByRowId(ref.id, (id) => ctx.services.disputes.byId(id)),
  },
});
