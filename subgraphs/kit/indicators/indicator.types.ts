import { Directive, Field, Float, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../graphql/scalars.js';

export enum IndicatorStatus {
  ESTIMATE = 'ESTIMATE',
  PRELIMINARY = 'PRELIMINARY',
  FINAL = 'FINAL',
}
registerEnumType(IndicatorStatus, {
  name: 'IndicatorStatus',
  description: 'Mức độ chính thức của số liệu chỉ tiêu.',
  valuesConfig: {
    ESTIMATE: { description: 'Ước tính (ví dụ: so sánh qua sắp xếp đơn vị hành chính có nhập một phần, hoặc số ước tháng).' },
    PRELIMINARY: { description: 'Sơ bộ: kỳ chưa kết thúc hoặc số liệu còn có thể điều chỉnh.' },
    FINAL: { description: 'Chính thức.' },
  },
});

@InputType('PeriodInput', { description: 'Kỳ số liệu, tính cả hai ngày đầu và cuối.' })
export class PeriodInput {
  @Field(() => DateScalar, { description: 'Ngày đầu kỳ (YYYY-MM-DD).' })
  from!: string;

  @Field(() => DateScalar, { description: 'Ngày cuối kỳ (YYYY-MM-DD), tính cả ngày này.' })
  to!: string;
}

@ObjectType('Period', { description: 'Kỳ số liệu, tính cả hai ngày đầu và cuối.' })
@Directive('@shareable')
export class Period {
  @Field(() => DateScalar, { description: 'Ngày đầu kỳ.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Ngày cuối kỳ.' })
  to!: string;
}

@ObjectType('IndicatorValue', {
  description: 'Giá trị một chỉ tiêu của một đơn vị hành chính trong một kỳ; cùng một dạng cho mọi lĩnh vực.',
})
@Directive('@shareable')
export class IndicatorValue {
  @Field(() => String, { description: 'Mã chỉ tiêu, ổn định giữa các phiên bản (ví dụ PS_ONTIME_RATE).' })
  code!: string;

  @Field(() => String, { description: 'Tên chỉ tiêu bằng tiếng Việt.' })
  name!: string;

  @Field(() => String, { description: 'Đơn vị tính (hồ sơ, tàu, ha, %, …).' })
  unitOfMeasure!: string;

  @Field(() => Float, { nullable: true, description: 'Giá trị; với tỷ lệ là 100 × tử số / mẫu số; trống khi mẫu số bằng 0.' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'Tử số (với chỉ tiêu tỷ lệ); cộng dồn được giữa các đơn vị.' })
  numerator!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mẫu số (với chỉ tiêu tỷ lệ); cộng dồn được giữa các đơn vị.' })
  denominator!: number | null;

  @Field(() => Period, { description: 'Kỳ số liệu.' })
  period!: Period;

  @Field(() => IndicatorStatus, { description: 'Mức độ chính thức của số liệu.' })
  status!: IndicatorStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Thời điểm số liệu được tổng hợp từ hệ thống nguồn.' })
  observedAt!: Date | null;

  @Field(() => String, { description: 'Hệ thống nguồn của số liệu.' })
  source!: string;
}
