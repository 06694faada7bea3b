import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../kit/context/context.js';
import { DateScalar } from '../../kit/graphql/scalars.js';
import { listNames } from '../../kit/text.js';
import type { Unit } from '../units/unit.model.js';
import { AdministrativeUnit } from '../units/unit.type.js';
import type { AreaRef } from '../../kit/units/area-reference.type.js';
import type { AreaService } from './area.service.js';
import { Area } from './area.type.js';

type Context = SubgraphContext<{ areas: AreaService }>;

@Resolver(() => Area)
export class AreaResolver {
  @Query(() => Area, {
    nullable: true,
    description:
      'Vùng gồm các đơn vị có mã `codes` (phiên bản có hiệu lực vào ngày `asOf`, mặc định hôm nay). Lỗi BAD_USER_INPUT nếu một mã không có đơn vị vào ngày đó. Tối đa 500 đơn vị.',
  })
  area(
    @Arg('codes', () => [String], { description: 'Mã GSO của các đơn vị trong vùng.' }) codes: string[],
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Ngày tra cứu (mặc định: hôm nay theo giờ Việt Nam).' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<AreaRef> {
    return ctx.services.areas.byCodes(codes, asOf);
  }

  @FieldResolver(() => String, { description: 'Tên vùng: tên các đơn vị.' })
  async name(@Root() area: AreaRef, @Ctx() ctx: Context): Promise<string> {
    return listNames((await ctx.services.areas.members(area)).map((u) => u.name));
  }

  @FieldResolver(() => [AdministrativeUnit], { description: 'Các đơn vị (phiên bản) của vùng.' })
  units(@Root() area: AreaRef, @Ctx() ctx: Context): Promise<Unit[]> {
    return ctx.services.areas.members(area);
  }
}

@Resolver(() => AdministrativeUnit)
export class UnitAreaResolver {
  @FieldResolver(() => Area, {
    nullable: true,
    description:
      'Vùng do các đơn vị kế tục tạo thành vào ngày `asOf` (mặc định hôm nay): chính đơn vị khi còn hiệu lực; sau khi giải thể, các đơn vị nó (hoặc các đơn vị trực thuộc nó) đã nhập vào. Ví dụ "huyện cũ 524 hôm nay". Trống nếu `asOf` trước khi đơn vị có.',
  })
  successorArea(
    @Root() unit: Unit,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Ngày (mặc định: hôm nay theo giờ Việt Nam).' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): AreaRef | null {
    return ctx.services.areas.successorArea(unit, asOf);
  }
}
