import { landMigrations } from '../../migrations/land/index.js';
import { findByRowId } from '../kit/graphql/ids.js';
import { defineSector } from '../kit/sector/define-sector.js';
import { CertificateResolver } from './certificates/certificate.resolver.js';
import { Certificate } from './certificates/certificate.type.js';
import { ChangeRegistrationResolver } from './change-registrations/change-registration.resolver.js';
import { ChangeRegistration } from './change-registrations/change-registration.type.js';
import { DisputeResolver } from './disputes/dispute.resolver.js';
import { Dispute } from './disputes/dispute.type.js';
import { INDICATORS } from './indicators/indicators.js';
import { ParcelResolver } from './parcels/parcel.resolver.js';
import { Parcel } from './parcels/parcel.type.js';
import { LandResolver } from './sector/sector.resolver.js';
import { Land } from './sector/sector.type.js';
import { seedLand } from './seed/land.seed.js';
import { createRepositories, createServices } from './wiring.js';

/** The land subgraph: parcels, certificates, change registrations and disputes from the cadastral database. */
export const land = defineSector({
  name: 'land',
  defaultPort: 4004,
  type: Land,
  indicators: INDICATORS,
  measures: (repositories) => repositories.measures,
  resolvers: [LandResolver, ParcelResolver, CertificateResolver, ChangeRegistrationResolver, DisputeResolver],
  records: [Parcel, Certificate, ChangeRegistration, Dispute],
  entities: {
    Parcel: (ref, ctx) => findByRowId(ref.id, (id) => ctx.services.parcels.byId(id)),
    Certificate: (ref, ctx) => findByRowId(ref.id, (id) => ctx.services.certificates.byId(id)),
    ChangeRegistration: (ref, ctx) => findByRowId(ref.id, (id) => ctx.services.changes.byId(id)),
    Dispute: (ref, ctx) => findByRowId(ref.id, (id) => ctx.services.disputes.byId(id)),
  },
  migrations: landMigrations,
  seed: seedLand,
  createRepositories,
  createServices,
  deletedFlag: 'DAXOA',
  overview: { list: 'parcels', arguments: 'first: $records', selection: 'nodes { mapSheetNumber parcelNumber areaSquareMeters }' },
  about: {
    mirrors: 'MPLIS-style land records (`DC_THUADAT`, `DC_GIAYCHUNGNHAN`)',
    records: 'parcels, certificates with holder, change registrations, disputes',
  },
});
