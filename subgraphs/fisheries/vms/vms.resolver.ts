import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../kit/context/context.js';
import type { FisheriesServices } from '../services.js';
import { VesselType } from '../vessels/vessel.type.js';
import type { PositionReport, VmsDevice } from './vms.model.js';
import { PositionReportType, VmsDeviceType } from './vms.type.js';

type Context = SubgraphContext<FisheriesServices>;

@Resolver(() => VmsDeviceType)
export class VmsDeviceResolver {
  @FieldResolver(() => VesselType, { nullable: true, description: 'Tàu lắp thiết bị.' })
  vessel(@Root() device: VmsDevice, @Ctx() ctx: Context) {
    return ctx.services.vessels.byId(device.vesselId);
  }
}

@Resolver(() => PositionReportType)
export class PositionReportResolver {
  @FieldResolver(() => VesselType, { nullable: true, description: 'Tàu gửi bản tin.' })
  vessel(@Root() report: PositionReport, @Ctx() ctx: Context) {
    return ctx.services.vessels.byId(report.vesselId);
  }

  @FieldResolver(() => VmsDeviceType, { nullable: true, description: 'Thiết bị VMS gửi bản tin.' })
  device(@Root() report: PositionReport, @Ctx() ctx: Context) {
    return ctx.services.vms.device(report.deviceId);
  }
}
