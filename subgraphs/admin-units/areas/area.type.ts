import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { AREA_DESCRIPTION, AREA_ID_DESCRIPTION } from '../../kit/units/area-reference.type.js';
import type { AreaRef } from '../../kit/units/area-reference.type.js';

@ObjectType('Area', { description: AREA_DESCRIPTION })
@Directive('@key(fields: "id")')
export class Area implements AreaRef {
  @Field(() => ID, { description: AREA_ID_DESCRIPTION })
  id!: string;
}
