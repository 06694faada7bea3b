import { ObjectType } from 'type-graphql';
import { defineUnitReference } from '../../kit/units/unit-reference.type.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';

/** This sector's view of `AdministrativeUnit` (key only); the `land` field is added by a resolver. */
export const LandUnit = defineUnitReference();

/**
 * The land data of one administrative unit version. Only the unit key is held; every field is a
 * resolver that reads the records the unit covers (its own code, the units under it and its
 * predecessors), narrowed to the caller's area.
 */
@ObjectType('Land', { description: 'Số liệu đất đai của một đơn vị hành chính: chỉ tiêu, thửa đất, giấy chứng nhận, biến động, tranh chấp.' })
export class Land {
  unit!: UnitKey;
}
