import { ArgsType, Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { defineConnection } from '../../kit/graphql/connection.js';
import { PeriodPageArgs } from '../../kit/graphql/list-args.js';
import { DateScalar } from '../../kit/graphql/scalars.js';
import { RecordedInUnit } from '../../kit/sector/recorded.js';

export enum ChangeRegistrationStatus {
  IN_PROCESS = 'IN_PROCESS',
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
}
registerEnumType(ChangeRegistrationStatus, {
  name: 'ChangeRegistrationStatus',
  description: 'Tình trạng giải quyết hồ sơ đăng ký biến động.',
  valuesConfig: {
    IN_PROCESS: { description: 'Đang giải quyết (chưa có ngày hoàn thành).' },
    ON_TIME: { description: 'Đã giải quyết, đúng hoặc trước ngày hẹn trả.' },
    LATE: { description: 'Đã giải quyết, sau ngày hẹn trả.' },
  },
});

@ObjectType('ChangeRegistrationKind', { description: 'Loại đăng ký biến động (bảng mã DC_LOAIBIENDONG).' })
export class ChangeRegistrationKind {
  @Field(() => String, { description: 'Mã loại biến động, ví dụ "01" (chuyển nhượng).' })
  code!: string;

  @Field(() => String, { description: 'Tên loại biến động.' })
  name!: string;
}

@ObjectType('ChangeRegistration', { description: 'Hồ sơ đăng ký biến động đất đai (bảng DC_DANGKYBIENDONG).' })
@Directive('@key(fields: "id")')
export class ChangeRegistration extends RecordedInUnit {
  @Field(() => ID, { description: 'Mã hồ sơ trong hệ thống nguồn (DANGKYBIENDONGID).' })
  id!: number;

  @Field(() => ChangeRegistrationKind, { description: 'Loại biến động.' })
  kind!: ChangeRegistrationKind;

  @Field(() => DateScalar, { description: 'Ngày tiếp nhận hồ sơ.' })
  receivedOn!: string;

  @Field(() => DateScalar, { description: 'Ngày hẹn trả kết quả.' })
  dueOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày hoàn thành; trống nếu đang giải quyết.' })
  finishedOn!: string | null;
}

export const ChangeRegistrationConnection = defineConnection(ChangeRegistration, {
  name: 'ChangeRegistration',
  noun: 'hồ sơ đăng ký biến động',
  descriptions: { cursor: 'Con trỏ của hồ sơ đăng ký biến động này; truyền vào `after` để lấy tiếp sau nó.' },
});

/** The filters of a unit's change-registration list; the period is the day received. */
@ArgsType()
export class ChangeRegistrationListArgs extends PeriodPageArgs {
  @Field(() => ChangeRegistrationStatus, { nullable: true, description: 'Chỉ lấy hồ sơ có tình trạng này.' })
  status?: ChangeRegistrationStatus | null;
}
