import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../wiring.js';
import type { Agency as AgencyModel } from './agency.model.js';
import { Agency } from './agency.type.js';

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => Agency, { nullable: true, description: 'Cơ quan tiếp nhận hồ sơ theo mã; null nếu không có.' })
  agency(@Arg('code', () => String, { description: 'Mã cơ quan, ví dụ 000.00.22.H48.' }) code: string, @Ctx() ctx: Context): Promise<AgencyModel | null> {
    return ctx.services.agencies.byCode(code);
  }
}
