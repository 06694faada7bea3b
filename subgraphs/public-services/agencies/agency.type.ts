import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';

export enum AgencyLevel {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
}
registerEnumType(AgencyLevel, {
  name: 'AgencyLevel',
  description: 'Cấp của cơ quan tiếp nhận, hoặc cấp thực hiện thủ tục hành chính.',
  valuesConfig: {
    PROVINCE: { description: 'Cấp tỉnh (sở, ban, ngành; Trung tâm Phục vụ hành chính công tỉnh).' },
    DISTRICT: { description: 'Cấp huyện (Bộ phận Một cửa UBND huyện); bãi bỏ từ 01/07/2025.' },
    COMMUNE: { description: 'Cấp xã (Bộ phận Một cửa, Trung tâm Phục vụ hành chính công xã).' },
  },
});

@ObjectType('Agency', { description: 'Cơ quan, đơn vị tiếp nhận và giải quyết hồ sơ thủ tục hành chính.' })
@Directive('@key(fields: "code")')
export class Agency {
  @Field(() => String, { description: 'Mã định danh cơ quan trong hệ thống (ví dụ 000.00.22.H48).' })
  code!: string;

  @Field(() => String, { description: 'Tên cơ quan.' })
  name!: string;

  @Field(() => AgencyLevel, { description: 'Cấp của cơ quan.' })
  level!: AgencyLevel;

  @Field(() => String, { description: 'Mã đơn vị hành chính nơi cơ quan đóng (51 với các sở; mã huyện hoặc mã xã).' })
  unitCode!: string;

  @Field(() => Boolean, { description: 'Cơ quan còn tiếp nhận hồ sơ (Bộ phận Một cửa cấp huyện ngừng từ 01/07/2025).' })
  active!: boolean;
}
