import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Vessel } from '../vessels/vessel.type.js';
import type { Context } from '../wiring.js';
import type { PositionReport as PositionReportModel, VmsDevice as VmsDeviceModel } from './vms.model.js';
import { PositionReport, VmsDevice } from './vms.type.js';

@Resolver(() => VmsDevice)
export class VmsDeviceResolver {
  @FieldResolver(() => Vessel, { nullable: true, description: 'Tàu lắp thiết bị.' })
  vessel(@Root() device: VmsDeviceModel, @Ctx() ctx: Context) {
    return ctx.services.vessels.byId(device.vesselId);
  }
}

@Resolver(() => PositionReport)
export class PositionReportResolver {
  @FieldResolver(() => Vessel, { nullable: true, description: 'Tàu gửi bản tin.' })
  vessel(@Root() report: PositionReportModel, @Ctx() ctx: Context) {
    return ctx.services.vessels.byId(report.vesselId);
  }

  @FieldResolver(() => VmsDevice, { nullable: true, description: 'Thiết bị VMS gửi bản tin.' })
  device(@Root() report: PositionReportModel, @Ctx() ctx: Context) {
    return ctx.services.vms.device(report.deviceId);
  }
}
