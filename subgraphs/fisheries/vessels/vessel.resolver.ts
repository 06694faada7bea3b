import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../kit/context/context.js';
import { FishingPortType, PortCallType } from '../port-calls/port-call.type.js';
import type { FisheriesServices } from '../services.js';
import { ViolationObject } from '../violations/violation.type.js';
import { PositionReportType, VmsDeviceType } from '../vms/vms.type.js';
import type { Vessel } from './vessel.model.js';
import { VesselOwnerType, VesselType } from './vessel.type.js';

type Context = SubgraphContext<FisheriesServices>;

const NESTED_FIRST = 'Số bản ghi (mặc định 10, tối đa 100).';

@Resolver(() => VesselType)
export class VesselResolver {
  @Query(() => VesselType, { nullable: true, description: 'Tàu cá theo số đăng ký, trong phạm vi địa bàn của người gọi; null nếu không có.' })
  vessel(
    @Arg('registrationNumber', () => String, { description: 'Số đăng ký, ví dụ QNg-90123-TS.' }) registrationNumber: string,
    @Ctx() ctx: Context,
  ): Promise<Vessel | null> {
    return ctx.services.vessels.byRegistrationNumber(registrationNumber);
  }

  @FieldResolver(() => VesselOwnerType, {
    nullable: true,
    description: 'Chủ tàu (họ tên, số căn cước, điện thoại): dữ liệu cá nhân cơ bản, đọc riêng và chỉ khi được hỏi.',
  })
  owner(@Root() vessel: Vessel, @Ctx() ctx: Context) {
    return ctx.services.vessels.owner(vessel);
  }

  @FieldResolver(() => FishingPortType, { nullable: true, description: 'Cảng cá đăng ký neo đậu (cảng nhà).' })
  homePort(@Root() vessel: Vessel, @Ctx() ctx: Context) {
    return ctx.services.portCalls.port(vessel.homePortCode);
  }

  @FieldResolver(() => VmsDeviceType, { nullable: true, description: 'Thiết bị VMS đang lắp trên tàu; null nếu chưa lắp.' })
  vmsDevice(@Root() vessel: Vessel, @Ctx() ctx: Context) {
    return ctx.services.vms.currentDeviceOf(vessel.id);
  }

  @FieldResolver(() => PositionReportType, { nullable: true, description: 'Bản tin vị trí gần nhất còn lưu giữ.' })
  lastPosition(@Root() vessel: Vessel, @Ctx() ctx: Context) {
    return ctx.services.vms.lastPositionOf(vessel.id);
  }

  @FieldResolver(() => PortCallType, { nullable: true, description: 'Lượt xuất hoặc nhập bến gần nhất: cho biết tàu đang trên biển hay ở cảng.' })
  lastPortCall(@Root() vessel: Vessel, @Ctx() ctx: Context) {
    return ctx.services.portCalls.lastOf(vessel.id);
  }

  @FieldResolver(() => [PortCallType], { description: 'Các lượt xuất, nhập bến gần nhất, mới nhất trước.' })
  portCalls(
    @Root() vessel: Vessel,
    @Arg('first', () => Int, { nullable: true, description: NESTED_FIRST }) first: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.portCalls.latestOf(vessel.id, first);
  }

  @FieldResolver(() => [ViolationObject], { description: 'Các vụ vi phạm gần nhất của tàu, mới nhất trước.' })
  violations(
    @Root() vessel: Vessel,
    @Arg('first', () => Int, { nullable: true, description: NESTED_FIRST }) first: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.violations.latestOf(vessel.id, first);
  }
}
