import { ArgsType, Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { defineConnection } from '../../kit/graphql/connection.js';
import { PageArgs } from '../../kit/graphql/list-args.js';
import { DateScalar } from '../../kit/graphql/scalars.js';
import { RecordedInUnit } from '../../kit/sector/recorded.js';
import { AccommodationType } from '../lookups/codes.js';

registerEnumType(AccommodationType, {
  name: 'AccommodationType',
  description: 'Loại cơ sở lưu trú du lịch theo Luật Du lịch 2017 (Điều 48).',
  valuesConfig: {
    HOTEL: { description: 'Khách sạn.' },
    TOURIST_VILLA: { description: 'Biệt thự du lịch.' },
    TOURIST_APARTMENT: { description: 'Căn hộ du lịch.' },
    GUEST_HOUSE: { description: 'Nhà nghỉ du lịch.' },
    HOMESTAY: { description: 'Nhà ở có phòng cho khách du lịch thuê (homestay).' },
    CAMPSITE: { description: 'Bãi cắm trại du lịch.' },
  },
});

@ObjectType('AccommodationEstablishment', {
  description: 'Cơ sở lưu trú du lịch trong sổ đăng ký của Sở (bảng DL_CSLT); là cơ sở kinh doanh, không chứa dữ liệu cá nhân.',
})
@Directive('@key(fields: "id")')
export class AccommodationEstablishment extends RecordedInUnit {
  @Field(() => ID, { description: 'Mã cơ sở trong hệ thống nguồn (CSLT_ID).' })
  id!: number;

  @Field(() => String, { description: 'Tên cơ sở lưu trú.' })
  name!: string;

  @Field(() => AccommodationType, { description: 'Loại cơ sở lưu trú.' })
  type!: AccommodationType;

  @Field(() => Int, { description: 'Hạng sao được công nhận (1–5); 0 nếu chưa xếp hạng sao.' })
  stars!: number;

  @Field(() => Int, { description: 'Số buồng lưu trú.' })
  rooms!: number;

  @Field(() => Int, { description: 'Số giường.' })
  beds!: number;

  @Field(() => DateScalar, { description: 'Ngày được cấp phép (thông báo đủ điều kiện) kinh doanh lưu trú.' })
  licensedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày ngừng hoạt động; trống nếu còn hoạt động.' })
  closedOn!: string | null;
}

export const AccommodationEstablishmentConnection = defineConnection(AccommodationEstablishment, { name: 'AccommodationEstablishment', noun: 'cơ sở lưu trú' });

/** The filters of a unit's establishment list (those operating now). */
@ArgsType()
export class EstablishmentListArgs extends PageArgs {
  @Field(() => AccommodationType, { nullable: true, description: 'Chỉ lấy cơ sở thuộc loại này.' })
  type?: AccommodationType | null;

  @Field(() => Int, { nullable: true, description: 'Chỉ lấy cơ sở có hạng từ số sao này trở lên (0–5).' })
  minStars?: number | null;
}
