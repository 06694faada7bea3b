import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { requireRowId } from '../../kit/graphql/ids.js';
import type { Context } from '../wiring.js';
import { TouristAttraction } from './attraction.type.js';

@Resolver(() => TouristAttraction)
export class AttractionResolver {
  @Query(() => TouristAttraction, { nullable: true, description: 'Điểm du lịch theo mã; null nếu không có hoặc nằm ngoài phạm vi được xem.' })
  touristAttraction(@Arg('id', () => ID, { description: 'Mã điểm du lịch (DIEM_ID).' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.attractions.byId(requireRowId(id));
  }
}
