import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Vessel } from '../vessels/vessel.type.js';
import type { Context } from '../wiring.js';
import type { PortCall as PortCallModel } from './port-call.model.js';
import { FishingPort, PortCall } from './port-call.type.js';

@Resolver(() => PortCall)
export class PortCallResolver {
  @FieldResolver(() => Vessel, { nullable: true, description: 'Tàu xuất hoặc nhập bến.' })
  vessel(@Root() call: PortCallModel, @Ctx() ctx: Context) {
    return ctx.services.vessels.byId(call.vesselId);
  }

  @FieldResolver(() => FishingPort, { nullable: true, description: 'Cảng cá nơi kiểm soát.' })
  port(@Root() call: PortCallModel, @Ctx() ctx: Context) {
    return ctx.services.portCalls.port(call.portCode);
  }
}
