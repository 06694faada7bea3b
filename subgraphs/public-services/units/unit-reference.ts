import { defineUnitReference } from '../../kit/units/unit-reference.type.js';

/** This subgraph's view of `AdministrativeUnit` (key only); `publicServices` is added on it. */
export const AdministrativeUnitReference = defineUnitReference();
export type AdministrativeUnitReference = InstanceType<typeof AdministrativeUnitReference>;
