import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { recordList } from '../../kit/graphql/list-args.js';
import type { SectorRoot } from '../../kit/sector/sector-type.js';
import { DiseaseCaseListArgs, DiseaseCaseReportConnection } from '../disease-cases/disease-case.type.js';
import { EpisodeListArgs, TreatmentEpisodeConnection } from '../episodes/episode.type.js';
import { FacilityListArgs, HealthFacilityConnection } from '../facilities/facility.type.js';
import { VaccinationConnection, VaccinationListArgs } from '../vaccinations/vaccination.type.js';
import type { Context } from '../wiring.js';
import { Health } from './sector.type.js';

/** The lists of `Health`: the records of the unit, its units below and its predecessors. */
@Resolver(() => Health.type)
export class HealthResolver {
  @FieldResolver(() => HealthFacilityConnection, recordList('Các cơ sở y tế đăng ký tại đơn vị, theo tuyến (tỉnh, huyện, xã) rồi theo mã cơ sở.'))
  facilities(@Root() root: SectorRoot, @Args(() => FacilityListArgs) args: FacilityListArgs, @Ctx() ctx: Context) {
    return ctx.services.facilities.page(root.unit, args);
  }

  @FieldResolver(() => TreatmentEpisodeConnection, recordList('Các lượt khám chữa bệnh của người dân cư trú tại đơn vị, vào viện mới nhất trước.'))
  treatmentEpisodes(@Root() root: SectorRoot, @Args(() => EpisodeListArgs) args: EpisodeListArgs, @Ctx() ctx: Context) {
    return ctx.services.episodes.page(root.unit, args);
  }

  @FieldResolver(() => DiseaseCaseReportConnection, recordList('Các báo cáo tuần số ca mắc bệnh truyền nhiễm của các xã, tuần mới nhất trước.'))
  diseaseCaseReports(@Root() root: SectorRoot, @Args(() => DiseaseCaseListArgs) args: DiseaseCaseListArgs, @Ctx() ctx: Context) {
    return ctx.services.diseaseCases.page(root.unit, args);
  }

  @FieldResolver(() => VaccinationConnection, recordList('Các mũi tiêm chủng của trẻ cư trú tại đơn vị, mới nhất trước.'))
  vaccinations(@Root() root: SectorRoot, @Args(() => VaccinationListArgs) args: VaccinationListArgs, @Ctx() ctx: Context) {
    return ctx.services.vaccinations.page(root.unit, args);
  }
}
