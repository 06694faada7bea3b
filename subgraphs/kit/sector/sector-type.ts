import { ObjectType, type ClassType } from 'type-graphql';
import type { UnitKey } from '../units/unit-directory.js';

/** The object a sector field resolves to: only the unit's key; every field is a resolver. */
export interface SectorRoot {
  readonly unit: UnitKey;
}

export interface SectorTypeOptions {
  /** The GraphQL type, e.g. `Incidents`. */
  typeName: string;
  /** The field on `AdministrativeUnit`, e.g. `incidents`. */
  field: string;
  /** The type's description (Vietnamese). */
  description: string;
  /**
   * The field's description on `AdministrativeUnit` (Vietnamese); the kit adds that the field is
   * null with SUBGRAPH_UNAVAILABLE when the sector's system does not answer.
   */
  fieldDescription: string;
}

export interface SectorType extends SectorTypeOptions {
  /** The type's class, for the sector's resolvers: `@Resolver(() => Incidents.type)`. */
  readonly type: ClassType<SectorRoot>;
}

/**
 * A sector's own type on `AdministrativeUnit` (e.g. `Incidents` for a field `incidents`). The kit adds the
 * field to the unit and the shared fields (`indicators`, …) to the type; the sector adds its lists
 * with a resolver on `type`. Declared in the sector's `sector/sector.type.ts`, before its resolvers.
 */
export function defineSectorType(options: SectorTypeOptions): SectorType {
  @ObjectType(options.typeName, { description: options.description })
  class Sector implements SectorRoot {
    /** Not a GraphQL field: the parent already shows the unit. */
    unit!: UnitKey;
  }
  return { ...options, type: Sector };
}
