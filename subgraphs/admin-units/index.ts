import { adminUnitsMigrations } from '../../migrations/admin-units/index.js';
import { defineSubgraph } from '../kit/subgraph-definition.js';
import { normaliseKeyDate } from '../kit/graphql/entity-keys.js';
import { createUnitLoaders } from './units/unit.loader.js';
import { UnitRepository } from './units/unit.repository.js';
import { UnitResolver } from './units/unit.resolver.js';
import { seedUnits } from './units/unit.seed.js';
import { UnitService } from './units/unit.service.js';

/** The administrative-units subgraph: owns the versioned `AdministrativeUnit` entity. */
export const adminUnits = defineSubgraph({
  name: 'admin-units',
  defaultPort: 4001,
  resolvers: [UnitResolver],
  migrations: adminUnitsMigrations,
  seed: seedUnits,
  createRepositories: (db) => ({ units: new UnitRepository(db) }),
  createServices: (repositories) => ({
    units: new UnitService(repositories.units, createUnitLoaders(repositories.units)),
  }),
  entities: {
    AdministrativeUnit: (ref, ctx) => ctx.services.units.byKey(String(ref.code), normaliseKeyDate(ref.validFrom)),
  },
});
