import { ArgsType, Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { defineConnection } from '../../kit/graphql/connection.js';
import { PeriodPageArgs } from '../../kit/graphql/list-args.js';
import { DateTimeScalar } from '../../kit/graphql/scalars.js';
import { RecordedInUnit } from '../../kit/sector/recorded.js';
import { PortCallKind } from '../lookups/codes.js';

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
export class FishingPort {
  @Field(() => String, { description: 'Mã cảng cá.' })
  code!: string;

  @Field(() => String, { description: 'Tên cảng cá.' })
  name!: string;
}

@ObjectType('PortCall', { description: 'Một lượt kiểm soát tàu cá xuất bến hoặc nhập bến tại cảng cá.' })
@Directive('@key(fields: "id")')
export class PortCall extends RecordedInUnit {
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
}

export const PortCallConnection = defineConnection(PortCall, { name: 'PortCall', noun: 'lượt xuất, nhập bến' });

/** The filters of a unit's port-call list; the period is the time of the call. */
@ArgsType()
export class PortCallListArgs extends PeriodPageArgs {
  @Field(() => PortCallKind, { nullable: true, description: 'Chỉ lấy xuất bến hoặc nhập bến.' })
  kind?: PortCallKind | null;
}
