import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { requireRowId } from '../../kit/graphql/ids.js';
import { PersonalData, personOf } from '../../kit/sector/personal-data.js';
import { Agency } from '../agencies/agency.type.js';
import { Procedure } from '../procedures/procedure.type.js';
import type { Context } from '../wiring.js';
import type { Applicant, Dossier as DossierModel, TimelinessName } from './dossier.model.js';
import { Dossier, DossierApplicant, Timeliness } from './dossier.type.js';

@Resolver(() => Dossier)
export class DossierResolver {
  @Query(() => Dossier, { nullable: true, description: 'Hồ sơ theo mã nội bộ; null nếu không có hoặc ngoài địa bàn người gọi được xem.' })
  dossier(@Arg('id', () => ID, { description: 'Mã nội bộ của hồ sơ.' }) id: string, @Ctx() ctx: Context): Promise<DossierModel | null> {
    return ctx.services.dossiers.byId(requireRowId(id));
  }

  @Query(() => Dossier, { nullable: true, description: 'Hồ sơ theo số hồ sơ trên giấy tiếp nhận; null nếu không có hoặc ngoài địa bàn người gọi được xem.' })
  dossierByNumber(
    @Arg('number', () => String, { description: 'Số hồ sơ, ví dụ 000.00.22.H48-240115-0003.' }) number: string,
    @Ctx() ctx: Context,
  ): Promise<DossierModel | null> {
    return ctx.services.dossiers.byNumber(number);
  }

  @FieldResolver(() => Procedure, { nullable: true, description: 'Thủ tục hành chính của hồ sơ.' })
  procedure(@Root() dossier: DossierModel, @Ctx() ctx: Context) {
    return ctx.services.procedures.byId(dossier.procedureId);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'Cơ quan tiếp nhận hồ sơ.' })
  agency(@Root() dossier: DossierModel, @Ctx() ctx: Context) {
    return ctx.services.agencies.byId(dossier.agencyId);
  }

  @FieldResolver(() => Boolean, { description: 'Quá hạn: trả kết quả sau thời điểm hẹn trả, hoặc chưa kết thúc mà đã quá hạn tại thời điểm truy vấn.' })
  overdue(@Root() dossier: DossierModel, @Ctx() ctx: Context): boolean {
    return ctx.services.dossiers.overdue(dossier);
  }

  @FieldResolver(() => Timeliness, { nullable: true, description: 'Tiến độ giải quyết của hồ sơ đã trả kết quả; trống với hồ sơ khác.' })
  timeliness(@Root() dossier: DossierModel, @Ctx() ctx: Context): TimelinessName | null {
    return ctx.services.dossiers.timeliness(dossier);
  }

  // A field of its own, loaded apart from the dossier, so that personal data is read only when asked for.
  @FieldResolver(() => DossierApplicant, { nullable: true, description: 'Người nộp hồ sơ (dữ liệu cá nhân cơ bản).' })
  @PersonalData('BASIC', personOf)
  applicant(@Root() dossier: DossierModel, @Ctx() ctx: Context): Promise<Applicant | null> {
    return ctx.services.dossiers.applicant(dossier);
  }
}
