import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { NestedListArgs } from '../../kit/graphql/list-args.js';
import { PersonalData, personOf } from '../../kit/sector/personal-data.js';
import { FishingPort, PortCall } from '../port-calls/port-call.type.js';
import { Violation } from '../violations/violation.type.js';
import { PositionReport, VmsDevice } from '../vms/vms.type.js';
import type { Context } from '../wiring.js';
import type { Vessel as VesselModel } from './vessel.model.js';
import { Vessel, VesselOwner } from './vessel.type.js';

@Resolver(() => Vessel)
export class VesselResolver {
  @Query(() => Vessel, { nullable: true, description: 'Tàu cá theo số đăng ký, trong phạm vi địa bàn của người gọi; null nếu không có.' })
  vessel(
    @Arg('registrationNumber', () => String, { description: 'Số đăng ký, ví dụ QNg-90123-TS.' }) registrationNumber: string,
    @Ctx() ctx: Context,
  ): Promise<VesselModel | null> {
    return ctx.services.vessels.byRegistrationNumber(registrationNumber);
  }

  @FieldResolver(() => VesselOwner, {
    nullable: true,
    description: 'Chủ tàu (họ tên, số căn cước, điện thoại): dữ liệu cá nhân cơ bản, đọc riêng và chỉ khi được hỏi.',
  })
  @PersonalData('BASIC', personOf)
  owner(@Root() vessel: VesselModel, @Ctx() ctx: Context) {
    return ctx.services.vessels.owner(vessel);
  }

  @FieldResolver(() => FishingPort, { nullable: true, description: 'Cảng cá đăng ký neo đậu (cảng nhà).' })
  homePort(@Root() vessel: VesselModel, @Ctx() ctx: Context) {
    return ctx.services.portCalls.port(vessel.homePortCode);
  }

  @FieldResolver(() => VmsDevice, { nullable: true, description: 'Thiết bị VMS đang lắp trên tàu; null nếu chưa lắp.' })
  vmsDevice(@Root() vessel: VesselModel, @Ctx() ctx: Context) {
    return ctx.services.vms.currentDeviceOf(vessel.id);
  }

  @FieldResolver(() => PositionReport, { nullable: true, description: 'Bản tin vị trí gần nhất còn lưu giữ.' })
  lastPosition(@Root() vessel: VesselModel, @Ctx() ctx: Context) {
    return ctx.services.vms.lastPositionOf(vessel.id);
  }

  @FieldResolver(() => PortCall, { nullable: true, description: 'Lượt xuất hoặc nhập bến gần nhất: cho biết tàu đang trên biển hay ở cảng.' })
  lastPortCall(@Root() vessel: VesselModel, @Ctx() ctx: Context) {
    return ctx.services.portCalls.lastOf(vessel.id);
  }

  @FieldResolver(() => [PortCall], { description: 'Các lượt xuất, nhập bến gần nhất, mới nhất trước.' })
  portCalls(@Root() vessel: VesselModel, @Args(() => NestedListArgs) args: NestedListArgs, @Ctx() ctx: Context) {
    return ctx.services.portCalls.latestOf(vessel.id, args.first);
  }

  @FieldResolver(() => [Violation], { description: 'Các vụ vi phạm gần nhất của tàu, mới nhất trước.' })
  violations(@Root() vessel: VesselModel, @Args(() => NestedListArgs) args: NestedListArgs, @Ctx() ctx: Context) {
    return ctx.services.violations.latestOf(vessel.id, args.first);
  }
}
