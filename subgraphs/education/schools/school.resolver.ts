import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { IsoDate } from '../../kit/dates.js';
import { DateScalar } from '../../kit/graphql/scalars.js';
import type { Context } from '../wiring.js';
import { meetsNationalStandard, type School as SchoolModel } from './school.model.js';
import { School } from './school.type.js';

@Resolver(() => School)
export class SchoolResolver {
  @Query(() => School, { nullable: true, description: 'Trường theo mã, như vào ngày `asOf`; null nếu không có, chưa thành lập hoặc đã giải thể vào ngày đó, hoặc nằm ngoài phạm vi được xem.' })
  school(
    @Arg('code', () => String, { description: 'Mã trường (8 chữ số).' }) code: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Ngày xem (mặc định: hôm nay theo giờ Việt Nam).' }) asOf: IsoDate | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.schools.byCode(code, asOf);
  }

  @FieldResolver(() => Boolean, { description: 'Trường đã được công nhận đạt chuẩn quốc gia vào ngày xem (quyết định gần nhất ký không sau ngày đó).' })
  meetsNationalStandard(@Root() school: SchoolModel): boolean {
    return meetsNationalStandard(school);
  }
}
