import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../kit/context/context.js';
import { DateScalar } from '../../kit/graphql/scalars.js';
import type { AdminLevelName, Unit } from './unit.model.js';
import type { UnitService } from './unit.service.js';
import { AdminLevel, AdministrativeUnit, AdministrativeUnitConnection, UnitLineage } from './unit.type.js';

type Context = SubgraphContext<{ units: UnitService }>;

@Resolver(() => AdministrativeUnit)
export class UnitResolver {
  @Query(() => AdministrativeUnit, {
    nullable: true,
    description: 'Phiên bản của mã đơn vị có hiệu lực vào ngày `asOf` (mặc định: hôm nay); null nếu không có.',
  })
  unit(
    @Arg('code', () => String, { description: 'Mã GSO: 2, 3 hoặc 5 chữ số.' }) code: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Ngày tra cứu (mặc định: hôm nay theo giờ Việt Nam).' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<Unit | null> {
    return ctx.services.units.byCode(code, asOf);
  }

  @Query(() => AdministrativeUnitConnection, {
    description:
      'Danh sách đơn vị có hiệu lực vào ngày `asOf`, phân trang theo con trỏ, sắp theo mã (và ngày bắt đầu hiệu lực). Khi tìm theo tên (`search`), cũng trả về tên cũ: phiên bản đã hết hiệu lực trước `asOf` (có `validTo`), với `successors` chỉ đơn vị kế tục.',
  })
  units(
    @Arg('level', () => AdminLevel, { nullable: true, description: 'Chỉ lấy đơn vị của cấp này.' }) level: AdminLevelName | null,
    @Arg('parentCode', () => String, { nullable: true, description: 'Chỉ lấy đơn vị trực thuộc đơn vị có mã này.' }) parentCode: string | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Ngày tra cứu (mặc định: hôm nay).' }) asOf: string | null,
    @Arg('search', () => String, { nullable: true, description: 'Tìm theo tên, có hoặc không có dấu tiếng Việt; cả tên cũ của đơn vị đã giải thể hoặc đổi tên.' }) search: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Số đơn vị mỗi trang (mặc định 50, tối đa 500).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Con trỏ `endCursor` của trang trước.' }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.units.list({ level, parentCode, asOf, search, first, after });
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'Đơn vị cấp trên của phiên bản này.' })
  parent(@Root() unit: Unit, @Ctx() ctx: Context) {
    return ctx.services.units.parent(unit);
  }

  @FieldResolver(() => [AdministrativeUnit], { description: 'Các đơn vị trực thuộc phiên bản này.' })
  children(@Root() unit: Unit, @Ctx() ctx: Context) {
    return ctx.services.units.children(unit);
  }

  @FieldResolver(() => [AdministrativeUnit], { description: 'Các cấp trên, từ tỉnh xuống đến cấp trên trực tiếp.' })
  ancestors(@Root() unit: Unit, @Ctx() ctx: Context) {
    return ctx.services.units.ancestors(unit);
  }

  @FieldResolver(() => [AdministrativeUnit], { description: 'Các đơn vị kế thừa đơn vị này sau sắp xếp.' })
  async successors(@Root() unit: Unit, @Ctx() ctx: Context) {
    return (await ctx.services.units.successorLinks(unit)).map((l) => l.unit);
  }

  @FieldResolver(() => [AdministrativeUnit], { description: 'Các đơn vị tiền thân đã hợp thành đơn vị này.' })
  async predecessors(@Root() unit: Unit, @Ctx() ctx: Context) {
    return (await ctx.services.units.predecessorLinks(unit)).map((l) => l.unit);
  }

  @FieldResolver(() => [UnitLineage], { description: 'Các đơn vị kế thừa, kèm loại quan hệ (nhập toàn bộ, một phần, …).' })
  successorLinks(@Root() unit: Unit, @Ctx() ctx: Context) {
    return ctx.services.units.successorLinks(unit);
  }

  @FieldResolver(() => [UnitLineage], { description: 'Các đơn vị tiền thân, kèm loại quan hệ.' })
  predecessorLinks(@Root() unit: Unit, @Ctx() ctx: Context) {
    return ctx.services.units.predecessorLinks(unit);
  }
}
