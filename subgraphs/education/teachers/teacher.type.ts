import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { defineConnection } from '../../kit/graphql/connection.js';
import { DateScalar } from '../../kit/graphql/scalars.js';
import { RecordedInUnit } from '../../kit/sector/recorded.js';
import { EducationLevel, TeacherQualification } from '../lookups/lookups.type.js';
import { AsOfPageArgs } from '../sector/as-of.js';
import { School } from '../schools/school.type.js';

@ObjectType('Teacher', {
  description:
    'Giáo viên (bảng GIAO_VIEN) đang công tác tại trường vào ngày xem, trong đơn vị hành chính của trường vào ngày đó. Chỉ gồm thông tin công vụ: không có ngày sinh, giới tính hay số định danh của giáo viên.',
})
export class Teacher extends RecordedInUnit {
  @Field(() => ID, { description: 'Mã bản ghi giáo viên trong hệ thống nguồn (ID_GV).' })
  id!: number;

  @Field(() => String, { description: 'Mã giáo viên của ngành (MA_GV).' })
  code!: string;

  @Field(() => String, {
    description:
      'Họ tên giáo viên. Được coi là tên của viên chức khi thi hành công vụ (công khai trên thời khóa biểu, sổ liên lạc, trang thông tin của trường), nên không xếp là dữ liệu cá nhân cần quyền riêng; mọi thông tin cá nhân khác của giáo viên không được cung cấp.',
  })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Môn dạy (giáo viên trung học); trống với giáo viên mầm non, tiểu học dạy nhiều môn của lớp.' })
  subject!: string | null;

  @Field(() => TeacherQualification, { description: 'Trình độ đào tạo cao nhất hiện ghi trong hệ thống.' })
  qualification!: TeacherQualification;

  @Field(() => Boolean, {
    description: 'Trình độ đào tạo đạt chuẩn của cấp học của trường (Luật Giáo dục 2019, Điều 72: cao đẳng sư phạm với mầm non, đại học với tiểu học và trung học).',
  })
  meetsStandard!: boolean;

  @Field(() => DateScalar, { description: 'Ngày bắt đầu công tác tại trường.' })
  startedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày thôi công tác tại trường (nghỉ hưu, chuyển công tác); trống nếu còn công tác.' })
  leftOn!: string | null;

  @Field(() => School, { description: 'Trường, như vào ngày xem.' })
  school!: School;
}

export const TeacherConnection = defineConnection(Teacher, { name: 'Teacher', noun: 'giáo viên' });

/** The filters of a unit's teacher list, read as of a day. */
@ArgsType()
export class TeacherListArgs extends AsOfPageArgs {
  @Field(() => EducationLevel, { nullable: true, description: 'Chỉ lấy giáo viên của trường thuộc cấp học này.' })
  level?: EducationLevel | null;

  @Field(() => Boolean, { nullable: true, description: 'true: chỉ giáo viên có trình độ đào tạo đạt chuẩn; false: chỉ giáo viên chưa đạt chuẩn.' })
  meetsStandard?: boolean | null;
}
