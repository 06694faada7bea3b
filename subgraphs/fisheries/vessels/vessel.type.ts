import { ArgsType, Directive, Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { defineConnection } from '../../kit/graphql/connection.js';
import { PageArgs } from '../../kit/graphql/list-args.js';
import { DateScalar } from '../../kit/graphql/scalars.js';
import { RecordedInUnit } from '../../kit/sector/recorded.js';
import { VesselLengthClass } from '../lookups/codes.js';

registerEnumType(VesselLengthClass, {
  name: 'VesselLengthClass',
  description: 'Nhóm chiều dài tàu cá theo Luật Thủy sản 2017.',
  valuesConfig: {
    UNDER_12M: { description: 'Dưới 12 m (khai thác vùng ven bờ).' },
    FROM_12_TO_15M: { description: 'Từ 12 m đến dưới 15 m (khai thác vùng lộng).' },
    FROM_15_TO_24M: { description: 'Từ 15 m đến dưới 24 m (khai thác vùng khơi; bắt buộc lắp VMS).' },
    FROM_24M: { description: 'Từ 24 m trở lên (khai thác vùng khơi; bắt buộc lắp VMS).' },
  },
});

@ObjectType('Vessel', { description: 'Tàu cá đã đăng ký trong cơ sở dữ liệu tàu cá của tỉnh.' })
@Directive('@key(fields: "registrationNumber")')
export class Vessel extends RecordedInUnit {
  @Field(() => String, { description: 'Số đăng ký tàu cá, ví dụ QNg-90123-TS.' })
  registrationNumber!: string;

  @Field(() => String, { nullable: true, description: 'Tên tàu; tàu nhỏ thường không đặt tên.' })
  name!: string | null;

  @Field(() => Float, { description: 'Chiều dài lớn nhất của tàu (mét).' })
  lengthMeters!: number;

  @Field(() => VesselLengthClass, { description: 'Nhóm chiều dài tàu.' })
  lengthClass!: VesselLengthClass;

  @Field(() => Float, { nullable: true, description: 'Tổng công suất máy chính (kW).' })
  enginePowerKw!: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày đăng ký lần đầu; trống khi sổ đăng ký ghi ngày không đọc được.' })
  registeredOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày cấp lại đăng ký (đổi chủ, đổi nơi cư trú), nếu có.' })
  reRegisteredOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày xóa đăng ký (bán, giải bản, chìm đắm), nếu có.' })
  deregisteredOn!: string | null;
}

@ObjectType('VesselOwner', {
  description: 'Chủ tàu: dữ liệu cá nhân cơ bản (Nghị định 356/2025/NĐ-CP); chỉ đọc khi có quyền và mục đích hợp lệ.',
})
export class VesselOwner {
  @Field(() => String, { description: 'Họ và tên chủ tàu.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Số căn cước công dân (12 chữ số).' })
  idNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Số điện thoại liên hệ.' })
  phone!: string | null;
}

export const VesselConnection = defineConnection(Vessel, { name: 'Vessel', noun: 'tàu cá' });

/** The filters of a unit's vessel list (vessels registered now, whatever the period). */
@ArgsType()
export class VesselListArgs extends PageArgs {
  @Field(() => VesselLengthClass, { nullable: true, description: 'Chỉ lấy tàu thuộc nhóm chiều dài này.' })
  lengthClass?: VesselLengthClass | null;

  @Field(() => Boolean, { nullable: true, description: 'true: chỉ tàu đang lắp VMS; false: chỉ tàu chưa lắp.' })
  hasVms?: boolean | null;
}
