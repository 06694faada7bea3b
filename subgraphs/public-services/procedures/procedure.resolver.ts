import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../wiring.js';
import type { Procedure as ProcedureModel } from './procedure.model.js';
import { Procedure } from './procedure.type.js';

@Resolver(() => Procedure)
export class ProcedureResolver {
  @Query(() => Procedure, { nullable: true, description: 'Thủ tục hành chính theo mã; null nếu không có trong danh mục.' })
  procedure(@Arg('code', () => String, { description: 'Mã thủ tục, ví dụ 1.001193.' }) code: string, @Ctx() ctx: Context): Promise<ProcedureModel | null> {
    return ctx.services.procedures.byCode(code);
  }
}
