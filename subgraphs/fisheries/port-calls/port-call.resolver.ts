import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../kit/context/context.js';
import type { FisheriesServices } from '../services.js';
import { VesselType } from '../vessels/vessel.type.js';
import type { PortCall } from './port-call.model.js';
import { FishingPortType, PortCallType } from './port-call.type.js';

type Context = SubgraphContext<FisheriesServices>;

@Resolver(() => PortCallType)
export class PortCallResolver {
  @FieldResolver(() => VesselType, { nullable: true, description: 'Tàu xuất hoặc nhập bến.' })
  vessel(@Root() call: PortCall, @Ctx() ctx: Context) {
    return ctx.services.vessels.byId(call.vesselId);
  }

  @FieldResolver(() => FishingPortType, { nullable: true, description: 'Cảng cá nơi kiểm soát.' })
  port(@Root() call: PortCall, @Ctx() ctx: Context) {
    return ctx.services.portCalls.port(call.portCode);
  }
}
