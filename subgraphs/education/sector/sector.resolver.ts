import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { recordList } from '../../kit/graphql/list-args.js';
import type { SectorRoot } from '../../kit/sector/sector-type.js';
import { SchoolClassConnection, SchoolClassListArgs } from '../classes/school-class.type.js';
import { SchoolConnection, SchoolListArgs } from '../schools/school.type.js';
import { StudentConnection, StudentListArgs } from '../students/student.type.js';
import { TeacherConnection, TeacherListArgs } from '../teachers/teacher.type.js';
import type { Context } from '../wiring.js';
import { Education } from './sector.type.js';

/**
 * The lists of `Education`, each read as of a day (`asOf`): a record belongs to the unit its school
 * sat in that day, so the lists agree with the indicators' stocks at a period's last day.
 */
@Resolver(() => Education.type)
export class EducationResolver {
  @FieldResolver(() => SchoolConnection, recordList('Các trường đang hoạt động của đơn vị vào ngày xem, sắp theo mã đơn vị, mã trường.'))
  schools(@Root() root: SectorRoot, @Args(() => SchoolListArgs) args: SchoolListArgs, @Ctx() ctx: Context) {
    return ctx.services.schools.page(root.unit, args);
  }

  @FieldResolver(() => SchoolClassConnection, recordList('Các lớp của năm học có hiệu lực vào ngày xem, sắp theo mã đơn vị, trường, lớp.'))
  classes(@Root() root: SectorRoot, @Args(() => SchoolClassListArgs) args: SchoolClassListArgs, @Ctx() ctx: Context) {
    return ctx.services.classes.page(root.unit, args);
  }

  @FieldResolver(() => StudentConnection, recordList('Học sinh trong danh sách các lớp của năm học có hiệu lực vào ngày xem (kể cả đã bỏ học, chuyển đi trong năm học đó), sắp theo mã đơn vị, trường, lớp.'))
  students(@Root() root: SectorRoot, @Args(() => StudentListArgs) args: StudentListArgs, @Ctx() ctx: Context) {
    return ctx.services.students.page(root.unit, args);
  }

  @FieldResolver(() => TeacherConnection, recordList('Giáo viên đang công tác tại các trường của đơn vị vào ngày xem, sắp theo mã đơn vị, trường.'))
  teachers(@Root() root: SectorRoot, @Args(() => TeacherListArgs) args: TeacherListArgs, @Ctx() ctx: Context) {
    return ctx.services.teachers.page(root.unit, args);
  }
}
