import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { IndicatorValue, PeriodInput } from '../../kit/indicators/indicator.types.js';
import type { DossierStatusName } from '../dossiers/dossier.model.js';
import { DossierConnection, DossierStatus } from '../dossiers/dossier.type.js';
import { INDICATORS_DESCRIPTION } from '../indicators/indicator-specs.js';
import type { PublicServicesContext } from '../services.js';
import { PublicServices } from './public-services.type.js';

@Resolver(() => PublicServices)
export class PublicServicesResolver {
  @FieldResolver(() => [IndicatorValue], { description: INDICATORS_DESCRIPTION })
  indicators(
    @Root() root: PublicServices,
    @Arg('period', () => PeriodInput, { description: 'Kỳ số liệu (ngày theo giờ Việt Nam, tính cả hai đầu).' }) period: PeriodInput,
    @Ctx() ctx: PublicServicesContext,
  ): Promise<IndicatorValue[]> {
    return ctx.services.indicators.indicators(root.unit, period);
  }

  @FieldResolver(() => DossierConnection, {
    description: 'Hồ sơ trên địa bàn đơn vị, mới tiếp nhận trước (thời điểm tiếp nhận giảm dần, rồi mã giảm dần); phân trang theo con trỏ.',
  })
  dossiers(
    @Root() root: PublicServices,
    @Arg('period', () => PeriodInput, { nullable: true, description: 'Chỉ hồ sơ tiếp nhận trong kỳ này.' }) period: PeriodInput | null,
    @Arg('status', () => DossierStatus, { nullable: true, description: 'Chỉ hồ sơ có trạng thái này.' }) status: DossierStatusName | null,
    @Arg('online', () => Boolean, { nullable: true, description: 'true: chỉ hồ sơ nộp trực tuyến; false: chỉ hồ sơ nộp trực tiếp.' }) online: boolean | null,
    @Arg('overdue', () => Boolean, {
      nullable: true,
      description: 'true: chỉ hồ sơ quá hạn (trả kết quả sau hạn, hoặc chưa kết thúc mà đã quá hạn tại thời điểm truy vấn); false: ngược lại.',
    })
    overdue: boolean | null,
    @Arg('first', () => Int, { nullable: true, description: 'Số hồ sơ mỗi trang (mặc định 50, tối đa 500).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Con trỏ `endCursor` của trang trước.' }) after: string | null,
    @Ctx() ctx: PublicServicesContext,
  ) {
    return ctx.services.dossiers.page(root.unit, { period, status, online, overdue, first, after });
  }
}
