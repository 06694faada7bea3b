import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { requireRowId } from '../../kit/graphql/ids.js';
import { Vessel } from '../vessels/vessel.type.js';
import type { Context } from '../wiring.js';
import type { Violation as ViolationModel } from './violation.model.js';
import { Violation } from './violation.type.js';

@Resolver(() => Violation)
export class ViolationResolver {
  @Query(() => Violation, { nullable: true, description: 'Vụ vi phạm theo mã, trong phạm vi địa bàn của người gọi; null nếu không có.' })
  violation(@Arg('id', () => ID, { description: 'Mã vụ vi phạm.' }) id: string, @Ctx() ctx: Context): Promise<ViolationModel | null> {
    return ctx.services.violations.byId(requireRowId(id));
  }

  @FieldResolver(() => Vessel, { nullable: true, description: 'Tàu vi phạm.' })
  vessel(@Root() violation: ViolationModel, @Ctx() ctx: Context) {
    return ctx.services.vessels.byId(violation.vesselId);
  }
}
