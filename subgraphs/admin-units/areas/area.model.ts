import type { UnitKey } from '../../kit/units/unit-directory.js';

/** An area as admin-units answers it: its id and the unit versions it is made of. */
export interface AreaModel {
  readonly id: string;
  readonly members: readonly UnitKey[];
}
