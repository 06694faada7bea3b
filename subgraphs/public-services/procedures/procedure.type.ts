import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../kit/graphql/scalars.js';
import { AgencyLevel } from '../agencies/agency.type.js';

export enum OnlineServiceLevel {
  FULL = 'FULL',
  PARTIAL = 'PARTIAL',
  NONE = 'NONE',
}
registerEnumType(OnlineServiceLevel, {
  name: 'OnlineServiceLevel',
  description: 'Mức độ cung cấp dịch vụ công trực tuyến của thủ tục (Nghị định 42/2022/NĐ-CP).',
  valuesConfig: {
    FULL: { description: 'Dịch vụ công trực tuyến toàn trình (mức độ 4 cũ).' },
    PARTIAL: { description: 'Dịch vụ công trực tuyến một phần (mức độ 3 cũ).' },
    NONE: { description: 'Chỉ cung cấp thông tin; nộp trực tiếp hoặc qua bưu chính.' },
  },
});

@ObjectType('ProcedureField', { description: 'Lĩnh vực của thủ tục hành chính (hộ tịch, đất đai, xây dựng, …).' })
export class ProcedureField {
  @Field(() => String, { description: 'Mã lĩnh vực.' })
  code!: string;

  @Field(() => String, { description: 'Tên lĩnh vực.' })
  name!: string;
}

@ObjectType('Procedure', { description: 'Thủ tục hành chính trong danh mục công bố của tỉnh.' })
@Directive('@key(fields: "code")')
export class Procedure {
  @Field(() => String, { description: 'Mã thủ tục theo Cơ sở dữ liệu quốc gia về TTHC (ví dụ 1.001193).' })
  code!: string;

  @Field(() => String, { description: 'Tên thủ tục.' })
  name!: string;

  @Field(() => ProcedureField, { description: 'Lĩnh vực của thủ tục.' })
  field!: ProcedureField;

  @Field(() => AgencyLevel, { description: 'Cấp thực hiện thủ tục.' })
  level!: AgencyLevel;

  @Field(() => OnlineServiceLevel, { description: 'Mức độ dịch vụ công trực tuyến.' })
  onlineService!: OnlineServiceLevel;

  @Field(() => Int, { description: 'Thời hạn giải quyết theo quy định, tính bằng ngày làm việc (0 là trong ngày).' })
  processingDays!: number;

  @Field(() => String, { description: 'Số quyết định công bố thủ tục của Chủ tịch UBND tỉnh.' })
  decisionNumber!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày ký quyết định công bố thủ tục.' })
  announcedOn!: string | null;
}
