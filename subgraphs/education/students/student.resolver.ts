import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PersonalData } from '../../kit/sector/personal-data.js';
import type { Context } from '../wiring.js';
import { studentSubject, type Student as StudentModel } from './student.model.js';
import { Student, StudentIdentity } from './student.type.js';

@Resolver(() => Student)
export class StudentResolver {
  @FieldResolver(() => StudentIdentity, {
    nullable: true,
    description: 'Học sinh là ai (họ tên, ngày sinh, giới tính, mã học sinh, số định danh): dữ liệu cá nhân cơ bản, chỉ đọc khi có quyền pii:read và mục đích khai báo.',
  })
  @PersonalData('BASIC', studentSubject)
  identity(@Root() student: StudentModel, @Ctx() ctx: Context) {
    return ctx.services.students.identity(student);
  }
}
