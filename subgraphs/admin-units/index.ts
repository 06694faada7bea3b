import { adminUnitsMigrations } from '../../migrations/admin-units/index.js';
import { defineSubgraph } from '../kit/subgraph-definition.js';
import { normaliseKeyDate } from '../kit/graphql/entity-keys.js';
import { resolveAreaReference } from '../kit/units/area-reference.type.js';
import { AreaResolver, UnitAreaResolver } from './areas/area.resolver.js';
import { AreaService } from './areas/area.service.js';
import { createUnitLoaders } from './units/unit.loader.js';
import { UnitRepository } from './units/unit.repository.js';
import { UnitResolver } from './units/unit.resolver.js';
import { seedUnits } from './units/unit.seed.js';
import { UnitService } from './units/unit.service.js';

/** The administrative-units subgraph: owns the versioned `AdministrativeUnit` entity and `Area`. */
export const adminUnits = defineSubgraph({
  name: 'admin-units',
  defaultPort: 4001,
  resolvers: [UnitResolver, AreaResolver, UnitAreaResolver],
  migrations: adminUnitsMigrations,
  seed: seedUnits,
  createRepositories: (db) => ({ units: new UnitRepository(db) }),
  createServices: (repositories, scope) => {
    const units = new UnitService(repositories.units, createUnitLoaders(repositories.units));
    return { units, areas: new AreaService(units, scope.directory) };
  },
  entities: {
    AdministrativeUnit: (ref, ctx) => ctx.services.units.byKey(String(ref.code), normaliseKeyDate(ref.validFrom)),
    Area: resolveAreaReference,
  },
});
