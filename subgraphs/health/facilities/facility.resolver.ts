import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../wiring.js';
import { HealthFacility } from './facility.type.js';

@Resolver(() => HealthFacility)
export class FacilityResolver {
  @Query(() => HealthFacility, { nullable: true, description: 'Cơ sở y tế theo mã (danh mục công khai); null nếu không có.' })
  healthFacility(@Arg('code', () => String, { description: 'Mã cơ sở khám bệnh, chữa bệnh (MA_CSKCB), ví dụ 51001.' }) code: string, @Ctx() ctx: Context) {
    return ctx.services.facilities.lookup(code);
  }
}
