import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { defineConnection } from '../../kit/graphql/connection.js';
import { DateScalar } from '../../kit/graphql/scalars.js';
import { RecordedInUnit } from '../../kit/sector/recorded.js';
import { EducationLevel } from '../lookups/lookups.type.js';
import { AsOfPageArgs } from '../sector/as-of.js';
import { School } from '../schools/school.type.js';

/** Internal values are DM_TRANG_THAI_HS codes. */
export enum EnrolmentStatus {
  ENROLLED = '01',
  DROPPED_OUT = '02',
  TRANSFERRED_OUT = '03',
}
registerEnumType(EnrolmentStatus, {
  name: 'EnrolmentStatus',
  description: 'Tình trạng của học sinh trong lớp (bảng mã DM_TRANG_THAI_HS), vào ngày xem.',
  valuesConfig: {
    ENROLLED: { description: 'Đang học (còn có tên trong lớp).' },
    DROPPED_OUT: { description: 'Đã bỏ học.' },
    TRANSFERRED_OUT: { description: 'Đã chuyển trường đi.' },
  },
});

export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Sex, {
  name: 'Sex',
  description: 'Giới tính như hồ sơ học sinh ghi.',
  valuesConfig: { MALE: { description: 'Nam.' }, FEMALE: { description: 'Nữ.' } },
});

@ObjectType('StudentIdentity', {
  description: 'Thông tin cá nhân của học sinh (bảng HOC_SINH). Dữ liệu cá nhân cơ bản (Luật 91/2025/QH15): chỉ đọc khi có quyền và mục đích khai báo.',
})
export class StudentIdentity {
  @Field(() => String, { description: 'Mã học sinh của ngành giáo dục (10 chữ số).' })
  studentCode!: string;

  @Field(() => String, { description: 'Họ và tên học sinh.' })
  name!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày sinh; trống nếu ngày ghi trong hệ thống không đọc được.' })
  birthDate!: string | null;

  @Field(() => Sex, { description: 'Giới tính.' })
  sex!: Sex;

  @Field(() => String, { nullable: true, description: 'Số định danh cá nhân (12 chữ số); trống nếu gia đình chưa khai.' })
  idNumber!: string | null;
}

@ObjectType('Student', {
  description:
    'Một học sinh trong danh sách lớp của năm học có hiệu lực vào ngày xem (bảng HOC_SINH_LOP), kể cả học sinh đã bỏ học hay chuyển đi trong năm học đó; không chứa dữ liệu cá nhân ngoài trường `identity`.',
})
export class Student extends RecordedInUnit {
  @Field(() => ID, { description: 'Mã bản ghi học sinh trong lớp (HOC_SINH_LOP.ID); mỗi năm học một bản ghi.' })
  id!: number;

  @Field(() => String, { description: 'Năm học, ví dụ "2024-2025".' })
  schoolYear!: string;

  @Field(() => String, { description: 'Tên lớp.' })
  className!: string;

  @Field(() => Int, { description: 'Khối lớp (1–12); với trẻ mẫu giáo là độ tuổi của lớp (3, 4 hoặc 5 tuổi).' })
  grade!: number;

  @Field(() => School, { description: 'Trường, như vào ngày xem.' })
  school!: School;

  @Field(() => DateScalar, { description: 'Ngày vào lớp.' })
  enrolledOn!: string;

  @Field(() => EnrolmentStatus, { description: 'Tình trạng vào ngày xem.' })
  status!: EnrolmentStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày bỏ học hoặc chuyển đi, nếu việc đó xảy ra không sau ngày xem; trống nếu còn đang học.' })
  statusChangedOn!: string | null;
}

export const StudentConnection = defineConnection(Student, { name: 'Student', noun: 'học sinh' });

/** The filters of a unit's student list, read as of a day. */
@ArgsType()
export class StudentListArgs extends AsOfPageArgs {
  @Field(() => EducationLevel, { nullable: true, description: 'Chỉ lấy học sinh của trường thuộc cấp học này.' })
  level?: EducationLevel | null;

  @Field(() => EnrolmentStatus, { nullable: true, description: 'Chỉ lấy học sinh có tình trạng này vào ngày xem (ENROLLED: còn có tên trong lớp).' })
  status?: EnrolmentStatus | null;
}
