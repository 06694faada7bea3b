import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../kit/graphql/scalars.js';

@ObjectType('VmsDevice', { description: 'Thiết bị giám sát hành trình (VMS) lắp trên tàu cá.' })
@Directive('@key(fields: "id")')
export class VmsDevice {
  @Field(() => ID, { description: 'Mã thiết bị trong cơ sở dữ liệu.' })
  id!: number;

  @Field(() => String, { description: 'Số sê-ri của thiết bị.' })
  serialNumber!: string;

  @Field(() => String, { description: 'Nhà cung cấp dịch vụ giám sát.' })
  provider!: string;

  @Field(() => DateScalar, { description: 'Ngày lắp đặt.' })
  installedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày tháo (hỏng, thay thế); trống nếu còn lắp trên tàu.' })
  removedOn!: string | null;
}

@ObjectType('PositionReport', { description: 'Bản tin vị trí tàu cá do thiết bị VMS gửi về.' })
@Directive('@key(fields: "id")')
export class PositionReport {
  @Field(() => ID, { description: 'Mã bản tin.' })
  id!: string;

  @Field(() => DateTimeScalar, { description: 'Thời điểm ghi nhận vị trí.' })
  at!: Date;

  @Field(() => Float, { description: 'Vĩ độ (WGS84, độ thập phân).' })
  latitude!: number;

  @Field(() => Float, { description: 'Kinh độ (WGS84, độ thập phân).' })
  longitude!: number;

  @Field(() => Float, { description: 'Tốc độ (hải lý/giờ).' })
  speedKnots!: number;

  @Field(() => Int, { description: 'Hướng đi (độ, 0–359, tính từ hướng Bắc theo chiều kim đồng hồ).' })
  course!: number;
}
