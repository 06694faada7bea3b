import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { AREA_DESCRIPTION, AREA_ID_DESCRIPTION } from '../../kit/units/area-reference.type.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import type { AreaModel } from './area.model.js';

@ObjectType('Area', { description: AREA_DESCRIPTION })
@Directive('@key(fields: "id")')
export class Area implements AreaModel {
  @Field(() => ID, { description: AREA_ID_DESCRIPTION })
  id!: string;

  /** Resolved by `units`. */
  members!: readonly UnitKey[];
}
