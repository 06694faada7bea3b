import { ObjectType } from 'type-graphql';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import { defineUnitReference } from '../../kit/units/unit-reference.type.js';

/** This sector's view of `AdministrativeUnit` (key only); it adds the `fisheries` field. */
export const FisheriesUnit = defineUnitReference();

@ObjectType('Fisheries', {
  description: 'Số liệu thủy sản của một đơn vị hành chính: tàu cá, giám sát hành trình, xuất nhập bến và vi phạm.',
})
export class Fisheries {
  /** The unit the figures are for; not a GraphQL field, the parent already shows it. */
  unit!: UnitKey;
}
