import { ArgsType, Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { defineConnection } from '../../kit/graphql/connection.js';
import { PageArgs } from '../../kit/graphql/list-args.js';
import { DateScalar } from '../../kit/graphql/scalars.js';

/** Internal values are DM_TUYEN's MA_TUYEN codes, so arguments reach the SQL as they are. */
export enum HealthFacilityLevel {
  CENTRAL = '1',
  PROVINCIAL = '2',
  DISTRICT = '3',
  COMMUNE = '4',
}
registerEnumType(HealthFacilityLevel, {
  name: 'HealthFacilityLevel',
  description: 'Tuyến chuyên môn kỹ thuật của cơ sở y tế (bảng mã DM_TUYEN).',
  valuesConfig: {
    CENTRAL: { description: 'Tuyến trung ương (1).' },
    PROVINCIAL: { description: 'Tuyến tỉnh (2): bệnh viện tỉnh, bệnh viện đa khoa khu vực.' },
    DISTRICT: { description: 'Tuyến huyện (3): trung tâm y tế huyện, thị xã, thành phố (nay là trung tâm y tế khu vực).' },
    COMMUNE: { description: 'Tuyến xã (4): trạm y tế xã, phường, thị trấn, đặc khu.' },
  },
});

@ObjectType('HealthFacility', {
  description:
    'Cơ sở khám bệnh, chữa bệnh trong danh mục cơ sở y tế của tỉnh (bảng DM_CSKCB): danh mục công khai (cơ quan bảo hiểm xã hội công bố), không phải bản ghi của một địa bàn, nên tra theo mã được với mọi vai trò.',
})
@Directive('@key(fields: "code")')
export class HealthFacility {
  @Field(() => String, { description: 'Mã cơ sở khám bệnh, chữa bệnh (MA_CSKCB, 5 chữ số), ví dụ 51001.' })
  code!: string;

  @Field(() => String, {
    description: 'Mã đơn vị hành chính nơi đặt cơ sở (MA_DVHC), theo danh mục có hiệu lực khi cơ sở bắt đầu hoạt động (mã huyện với trung tâm y tế, mã xã với trạm y tế).',
  })
  locationCode!: string;

  @Field(() => String, { description: 'Tên cơ sở.' })
  name!: string;

  @Field(() => HealthFacilityLevel, { description: 'Tuyến chuyên môn kỹ thuật.' })
  level!: HealthFacilityLevel;

  @Field(() => String, { description: 'Tên tuyến theo bảng mã DM_TUYEN.' })
  levelName!: string;

  @Field(() => Int, { description: 'Số giường bệnh kế hoạch được giao (SO_GIUONG_KH).' })
  plannedBeds!: number;

  @Field(() => Int, { description: 'Số giường bệnh thực kê (SO_GIUONG_TK).' })
  actualBeds!: number;

  @Field(() => DateScalar, { description: 'Ngày bắt đầu hoạt động.' })
  operatingSince!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày thôi hoạt động (sáp nhập, giải thể); trống nếu đang hoạt động.' })
  closedOn!: string | null;
}

export const HealthFacilityConnection = defineConnection(HealthFacility, { name: 'HealthFacility', noun: 'cơ sở y tế' });

/** The filters of a unit's facility list. */
@ArgsType()
export class FacilityListArgs extends PageArgs {
  @Field(() => HealthFacilityLevel, { nullable: true, description: 'Chỉ lấy cơ sở thuộc tuyến này.' })
  level?: HealthFacilityLevel | null;

  @Field(() => Boolean, { nullable: true, description: 'true: gồm cả cơ sở đã thôi hoạt động (trạm y tế xã cũ sáp nhập từ 01/07/2025); mặc định chỉ cơ sở đang hoạt động.' })
  includeClosed?: boolean | null;
}
