import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../kit/context/context.js';
import { requireRowId } from '../../kit/graphql/ids.js';
import type { FisheriesServices } from '../services.js';
import { VesselType } from '../vessels/vessel.type.js';
import type { Violation } from './violation.model.js';
import { ViolationObject } from './violation.type.js';

type Context = SubgraphContext<FisheriesServices>;

@Resolver(() => ViolationObject)
export class ViolationResolver {
  @Query(() => ViolationObject, { nullable: true, description: 'Vụ vi phạm theo mã, trong phạm vi địa bàn của người gọi; null nếu không có.' })
  violation(@Arg('id', () => ID, { description: 'Mã vụ vi phạm.' }) id: string, @Ctx() ctx: Context): Promise<Violation | null> {
    return ctx.services.violations.byId(requireRowId(id));
  }

  @FieldResolver(() => VesselType, { nullable: true, description: 'Tàu vi phạm.' })
  vessel(@Root() violation: Violation, @Ctx() ctx: Context) {
    return ctx.services.vessels.byId(violation.vesselId);
  }
}
