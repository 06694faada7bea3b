import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { defineConnection } from '../../kit/graphql/connection.js';
import { RecordedInUnit } from '../../kit/sector/recorded.js';
import { EducationLevel } from '../lookups/lookups.type.js';
import { AsOfPageArgs } from '../sector/as-of.js';
import { School } from '../schools/school.type.js';

@ObjectType('SchoolClass', { description: 'Lớp học (bảng LOP) của năm học có hiệu lực vào ngày xem, trong đơn vị hành chính của trường vào ngày đó.' })
export class SchoolClass extends RecordedInUnit {
  @Field(() => ID, { description: 'Mã lớp trong hệ thống nguồn (ID_LOP).' })
  id!: number;

  @Field(() => String, { description: 'Tên lớp, ví dụ "6A" hoặc "Lá A".' })
  name!: string;

  @Field(() => Int, { description: 'Khối lớp (1–12); với lớp mẫu giáo là độ tuổi của trẻ (3, 4 hoặc 5 tuổi).' })
  grade!: number;

  @Field(() => String, { description: 'Năm học, ví dụ "2024-2025".' })
  schoolYear!: string;

  @Field(() => School, { description: 'Trường của lớp, như vào ngày xem.' })
  school!: School;
}

export const SchoolClassConnection = defineConnection(SchoolClass, { name: 'SchoolClass', noun: 'lớp học' });

/** The filters of a unit's class list, read as of a day. */
@ArgsType()
export class SchoolClassListArgs extends AsOfPageArgs {
  @Field(() => EducationLevel, { nullable: true, description: 'Chỉ lấy lớp của trường thuộc cấp học này.' })
  level?: EducationLevel | null;
}
