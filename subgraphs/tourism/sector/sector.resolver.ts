import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { recordList } from '../../kit/graphql/list-args.js';
import type { SectorRoot } from '../../kit/sector/sector-type.js';
import { AttractionListArgs, TouristAttractionConnection } from '../attractions/attraction.type.js';
import { AccommodationEstablishmentConnection, EstablishmentListArgs } from '../establishments/establishment.type.js';
import { MonthlyStatisticsListArgs, MonthlyTourismStatisticsConnection } from '../statistics/monthly-statistics.type.js';
import type { Context } from '../wiring.js';
import { Tourism } from './sector.type.js';

/** The lists of `Tourism`: the records of the unit, its units below and its predecessors. */
@Resolver(() => Tourism.type)
export class TourismResolver {
  @FieldResolver(() => AccommodationEstablishmentConnection, recordList('Các cơ sở lưu trú du lịch đang hoạt động của đơn vị, hạng sao cao và nhiều buồng trước.'))
  establishments(@Root() root: SectorRoot, @Args(() => EstablishmentListArgs) args: EstablishmentListArgs, @Ctx() ctx: Context) {
    return ctx.services.establishments.page(root.unit, args);
  }

  @FieldResolver(() => TouristAttractionConnection, recordList('Các điểm du lịch đã được công nhận của đơn vị, xếp hạng cao trước.'))
  attractions(@Root() root: SectorRoot, @Args(() => AttractionListArgs) args: AttractionListArgs, @Ctx() ctx: Context) {
    return ctx.services.attractions.page(root.unit, args);
  }

  @FieldResolver(
    () => MonthlyTourismStatisticsConnection,
    recordList('Bảng thống kê du lịch theo tháng (chỉ có ở cấp tỉnh), mọi lần công bố: tháng mới nhất trước, lần điều chỉnh mới nhất trước.'),
  )
  monthlyStatistics(@Root() root: SectorRoot, @Args(() => MonthlyStatisticsListArgs) args: MonthlyStatisticsListArgs, @Ctx() ctx: Context) {
    return ctx.services.statistics.page(root.unit, args);
  }
}
