import { ArgsType, Directive, Field, Int, ObjectType } from 'type-graphql';
import { defineConnection } from '../../kit/graphql/connection.js';
import { DateScalar } from '../../kit/graphql/scalars.js';
import { RecordedInUnit } from '../../kit/sector/recorded.js';
import { EducationLevel, SchoolOwnership } from '../lookups/lookups.type.js';
import { AsOfPageArgs } from '../sector/as-of.js';

@ObjectType('School', {
  description: 'Trường học (bảng TRUONG) như vào ngày xem: `unitCode` là mã xã (phường, đặc khu; hoặc huyện Lý Sơn trước cải cách) nơi trường đặt trụ sở vào ngày đó.',
})
@Directive('@key(fields: "code")')
export class School extends RecordedInUnit {
  @Field(() => String, { description: 'Mã trường (MA_TRUONG, 8 chữ số).' })
  code!: string;

  @Field(() => String, { description: 'Tên trường.' })
  name!: string;

  @Field(() => EducationLevel, { description: 'Cấp học của trường.' })
  level!: EducationLevel;

  @Field(() => SchoolOwnership, { description: 'Loại hình: công lập, tư thục hay dân lập.' })
  ownership!: SchoolOwnership;

  @Field(() => String, { nullable: true, description: 'Địa chỉ trụ sở chính như hệ thống ghi.' })
  address!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày thành lập; trống nếu ngày ghi trong hệ thống cũ không đọc được.' })
  foundedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày giải thể hoặc sáp nhập vào trường khác; trống nếu trường còn hoạt động.' })
  closedOn!: string | null;

  @Field(() => Int, { description: 'Mức độ đạt chuẩn quốc gia theo quyết định công nhận gần nhất (1 hoặc 2); 0 nếu chưa được công nhận.' })
  nationalStandardLevel!: number;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày ký quyết định công nhận đạt chuẩn quốc gia gần nhất; trống nếu chưa được công nhận.' })
  nationalStandardRecognisedOn!: string | null;
}

export const SchoolConnection = defineConnection(School, { name: 'School', noun: 'trường' });

/** The filters of a unit's school list, read as of a day. */
@ArgsType()
export class SchoolListArgs extends AsOfPageArgs {
  @Field(() => EducationLevel, { nullable: true, description: 'Chỉ lấy trường thuộc cấp học này.' })
  level?: EducationLevel | null;

  @Field(() => SchoolOwnership, { nullable: true, description: 'Chỉ lấy trường thuộc loại hình này.' })
  ownership?: SchoolOwnership | null;

  @Field(() => Boolean, { nullable: true, description: 'true: chỉ trường đã được công nhận đạt chuẩn quốc gia vào ngày xem; false: chỉ trường chưa.' })
  nationalStandard?: boolean | null;
}
