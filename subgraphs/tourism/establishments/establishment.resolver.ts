import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { requireRowId } from '../../kit/graphql/ids.js';
import type { Context } from '../wiring.js';
import { AccommodationEstablishment } from './establishment.type.js';

@Resolver(() => AccommodationEstablishment)
export class EstablishmentResolver {
  @Query(() => AccommodationEstablishment, { nullable: true, description: 'Cơ sở lưu trú du lịch theo mã; null nếu không có hoặc nằm ngoài phạm vi được xem.' })
  accommodationEstablishment(@Arg('id', () => ID, { description: 'Mã cơ sở lưu trú (CSLT_ID).' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.establishments.byId(requireRowId(id));
  }
}
