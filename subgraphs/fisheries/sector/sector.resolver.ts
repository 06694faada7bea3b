import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { recordList } from '../../kit/graphql/list-args.js';
import type { SectorRoot } from '../../kit/sector/sector-type.js';
import { PortCallConnection, PortCallListArgs } from '../port-calls/port-call.type.js';
import { VesselConnection, VesselListArgs } from '../vessels/vessel.type.js';
import { ViolationConnection, ViolationListArgs } from '../violations/violation.type.js';
import type { Context } from '../wiring.js';
import { Fisheries } from './sector.type.js';

/** The lists of `Fisheries`: the records of the unit, its units below and its predecessors. */
@Resolver(() => Fisheries.type)
export class FisheriesResolver {
  @FieldResolver(() => VesselConnection, recordList('Tàu cá đang đăng ký (chưa xóa đăng ký) của đơn vị, sắp theo số đăng ký.'))
  vessels(@Root() root: SectorRoot, @Args(() => VesselListArgs) args: VesselListArgs, @Ctx() ctx: Context) {
    return ctx.services.vessels.page(root.unit, args);
  }

  @FieldResolver(() => ViolationConnection, recordList('Vụ vi phạm ghi theo mã đơn vị của đơn vị, mới nhất trước.'))
  violations(@Root() root: SectorRoot, @Args(() => ViolationListArgs) args: ViolationListArgs, @Ctx() ctx: Context) {
    return ctx.services.violations.page(root.unit, args);
  }

  @FieldResolver(() => PortCallConnection, recordList('Lượt xuất, nhập bến ghi theo mã đơn vị của đơn vị, mới nhất trước.'))
  portCalls(@Root() root: SectorRoot, @Args(() => PortCallListArgs) args: PortCallListArgs, @Ctx() ctx: Context) {
    return ctx.services.portCalls.page(root.unit, args);
  }
}
