import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../kit/graphql/scalars.js';
import { defineConnection } from '../../kit/graphql/connection.js';
import { PortCallKind } from '../legacy/codes.js';

registerEnumType(PortCallKind, {
  name: 'PortCallKind',
  description: 'Loại lượt kiểm soát tàu cá tại cảng.',
  valuesConfig: {
    DEPARTURE: { description: 'Xuất bến: tàu rời cảng ra biển.' },
    ARRIVAL: { description: 'Nhập bến: tàu từ biển về cập cảng.' },
  },
});

@ObjectType('FishingPort', { description: 'Cảng cá, bến cá được chỉ định kiểm soát tàu xuất, nhập bến.' })
@Directive('@key(fields: "code")')
export class FishingPortType {
  @Field(() => String, { description: 'Mã cảng cá.' })
  code!: string;

  @Field(() => String, { description: 'Tên cảng cá.' })
  name!: string;
}

@ObjectType('PortCall', { description: 'Một lượt kiểm soát tàu cá xuất bến hoặc nhập bến tại cảng cá.' })
@Directive('@key(fields: "id")')
export class PortCallType {
  @Field(() => ID, { description: 'Mã lượt kiểm soát.' })
  id!: number;

  @Field(() => PortCallKind, { description: 'Xuất bến hay nhập bến.' })
  kind!: PortCallKind;

  @Field(() => DateTimeScalar, { description: 'Thời điểm tàu xuất hoặc nhập bến.' })
  at!: Date;

  @Field(() => Int, { nullable: true, description: 'Số thuyền viên trên tàu.' })
  crew!: number | null;

  @Field(() => Float, { nullable: true, description: 'Sản lượng khai báo khi nhập bến (kg); trống khi xuất bến.' })
  catchKg!: number | null;

  @Field(() => String, { nullable: true, description: 'Mã huyện cũ ghi trên bản ghi (theo đăng ký của tàu khi ghi nhận).' })
  recordedDistrictCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Mã xã ghi trên bản ghi (theo đăng ký của tàu khi ghi nhận).' })
  recordedCommuneCode!: string | null;
}

export const PortCallConnection = defineConnection(PortCallType, { name: 'PortCall', noun: 'lượt xuất, nhập bến' });
