import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../kit/context/context.js';
import { IndicatorValue, PeriodInput } from '../../kit/indicators/indicator.types.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import { PortCallKind, VesselLengthClass, ViolationType } from '../legacy/codes.js';
import { PortCallConnection } from '../port-calls/port-call.type.js';
import type { FisheriesServices } from '../services.js';
import { VesselConnection } from '../vessels/vessel.type.js';
import { ViolationConnection } from '../violations/violation.type.js';
import { Fisheries, FisheriesUnit } from './fisheries.type.js';

type Context = SubgraphContext<FisheriesServices>;

const FIRST = 'Số bản ghi mỗi trang (mặc định 50, tối đa 500).';
const AFTER = 'Con trỏ `endCursor` của trang trước.';

@Resolver(() => FisheriesUnit)
export class FisheriesUnitResolver {
  @FieldResolver(() => Fisheries, {
    nullable: true,
    description: 'Số liệu thủy sản (tàu cá, VMS, xuất nhập bến, vi phạm) của đơn vị này; null kèm lỗi SUBGRAPH_UNAVAILABLE khi hệ thống thủy sản không trả lời.',
  })
  fisheries(@Root() unit: UnitKey): Fisheries {
    return { unit: { code: unit.code, validFrom: unit.validFrom } };
  }
}

@Resolver(() => Fisheries)
export class FisheriesResolver {
  @FieldResolver(() => [IndicatorValue], {
    description: 'Các chỉ tiêu thủy sản (mã FI_…) của đơn vị trong kỳ; số tàu là tình trạng tại cuối kỳ, số lượt và số vụ là trong kỳ.',
  })
  indicators(
    @Root() fisheries: Fisheries,
    @Arg('period', () => PeriodInput, { description: 'Kỳ số liệu.' }) period: PeriodInput,
    @Ctx() ctx: Context,
  ): Promise<IndicatorValue[]> {
    return ctx.services.indicators.indicators(fisheries.unit, period);
  }

  @FieldResolver(() => VesselConnection, { description: 'Tàu cá đang đăng ký (chưa xóa đăng ký) của đơn vị, sắp theo số đăng ký.' })
  vessels(
    @Root() fisheries: Fisheries,
    @Arg('lengthClass', () => VesselLengthClass, { nullable: true, description: 'Chỉ lấy tàu thuộc nhóm chiều dài này.' }) lengthClass: VesselLengthClass | null,
    @Arg('hasVms', () => Boolean, { nullable: true, description: 'true: chỉ tàu đang lắp VMS; false: chỉ tàu chưa lắp.' }) hasVms: boolean | null,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.vessels.listOf(fisheries.unit, { lengthClass, hasVms, first, after });
  }

  @FieldResolver(() => ViolationConnection, { description: 'Vụ vi phạm ghi theo mã đơn vị của đơn vị, mới nhất trước.' })
  violations(
    @Root() fisheries: Fisheries,
    @Arg('period', () => PeriodInput, { nullable: true, description: 'Chỉ lấy vụ xảy ra trong kỳ này (mặc định: mọi thời điểm).' }) period: PeriodInput | null,
    @Arg('type', () => ViolationType, { nullable: true, description: 'Chỉ lấy loại vi phạm này.' }) type: ViolationType | null,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.violations.listOf(fisheries.unit, { period, type, first, after });
  }

  @FieldResolver(() => PortCallConnection, { description: 'Lượt xuất, nhập bến ghi theo mã đơn vị của đơn vị, mới nhất trước.' })
  portCalls(
    @Root() fisheries: Fisheries,
    @Arg('period', () => PeriodInput, { nullable: true, description: 'Chỉ lấy lượt trong kỳ này (mặc định: mọi thời điểm).' }) period: PeriodInput | null,
    @Arg('kind', () => PortCallKind, { nullable: true, description: 'Chỉ lấy xuất bến hoặc nhập bến.' }) kind: PortCallKind | null,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.portCalls.listOf(fisheries.unit, { period, kind, first, after });
  }
}
