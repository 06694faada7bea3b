import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../wiring.js';
import type { SchoolClass as SchoolClassModel } from './school-class.model.js';
import { SchoolClass } from './school-class.type.js';

@Resolver(() => SchoolClass)
export class SchoolClassResolver {
  @FieldResolver(() => Int, { description: 'Số học sinh còn có tên trong lớp vào ngày xem (chưa bỏ học, chưa chuyển đi).' })
  studentsOnRoll(@Root() schoolClass: SchoolClassModel, @Ctx() ctx: Context): Promise<number> {
    return ctx.services.classes.studentsOnRoll(schoolClass);
  }
}
