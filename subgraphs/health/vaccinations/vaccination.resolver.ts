import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PersonalData, personOf } from '../../kit/sector/personal-data.js';
import { HealthFacility } from '../facilities/facility.type.js';
import type { Context } from '../wiring.js';
import type { Vaccination as VaccinationModel } from './vaccination.model.js';
import { VaccinatedChild, Vaccination } from './vaccination.type.js';

@Resolver(() => Vaccination)
export class VaccinationResolver {
  @FieldResolver(() => HealthFacility, { nullable: true, description: 'Cơ sở tiêm chủng (MA_CSKCB), thường là trạm y tế xã.' })
  facility(@Root() vaccination: VaccinationModel, @Ctx() ctx: Context) {
    return ctx.services.facilities.byCode(vaccination.facilityCode);
  }

  @FieldResolver(() => VaccinatedChild, {
    nullable: true,
    description: 'Trẻ được tiêm (họ tên, số định danh, ngày sinh, giới tính): dữ liệu cá nhân nhạy cảm, cần quyền pii:read, pii:sensitive và mục đích khai báo.',
  })
  @PersonalData('SENSITIVE', personOf)
  child(@Root() vaccination: VaccinationModel, @Ctx() ctx: Context) {
    return ctx.services.vaccinations.child(vaccination);
  }
}
