import { Directive, Field, Float, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../graphql/scalars.js';
import { SeriesStep } from './period.js';

export enum IndicatorStatus {
  ESTIMATE = 'ESTIMATE',
  PRELIMINARY = 'PRELIMINARY',
  FINAL = 'FINAL',
  NOT_COMPARABLE = 'NOT_COMPARABLE',
  NO_DATA = 'NO_DATA',
}
registerEnumType(IndicatorStatus, {
  name: 'IndicatorStatus',
  description: 'Mức độ chính thức của số liệu chỉ tiêu.',
  valuesConfig: {
    ESTIMATE: { description: 'Ước tính: có ý nghĩa nhưng không chính xác tuyệt đối (ví dụ: đơn vị cũ đã chia, mã dùng lại, nguồn thiếu một phần); `statusReason` nói vì sao.' },
    PRELIMINARY: { description: 'Sơ bộ: kỳ chưa kết thúc hoặc số liệu còn có thể điều chỉnh.' },
    FINAL: { description: 'Chính thức.' },
    NOT_COMPARABLE: { description: 'Không có con số trung thực (ví dụ: đơn vị đã giải thể, nhập cùng đơn vị khác, hỏi cho kỳ sau đó); giá trị trống, `statusReason` nói vì sao.' },
    NO_DATA: { description: 'Không có số liệu: nguồn không có đơn vị hoặc kỳ này (không phải số 0); giá trị trống, `statusReason` nói vì sao.' },
  },
});

registerEnumType(SeriesStep, {
  name: 'SeriesStep',
  description: 'Bước của chuỗi số liệu: theo tháng, quý hoặc năm dương lịch.',
  valuesConfig: { MONTH: { description: 'Theo tháng.' }, QUARTER: { description: 'Theo quý.' }, YEAR: { description: 'Theo năm.' } },
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

  @Field(() => String, { nullable: true, description: 'Vì sao số liệu là ESTIMATE, NOT_COMPARABLE hoặc NO_DATA; trống với số liệu sơ bộ hoặc chính thức.' })
  statusReason!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Thời điểm số liệu được tổng hợp từ hệ thống nguồn.' })
  observedAt!: Date | null;

  @Field(() => String, { description: 'Hệ thống nguồn của số liệu.' })
  source!: string;

  /** What the value is a figure of, for `previousYear` (not a field). */
  scope?: ValueScope;
}

@ObjectType('IndicatorRevision', { description: 'Một lần công bố của một giá trị chỉ tiêu: giá trị như đã công bố vào ngày đó.' })
@Directive('@shareable')
export class IndicatorRevision {
  @Field(() => DateScalar, { description: 'Ngày công bố (hoặc điều chỉnh).' })
  publishedOn!: string;

  @Field(() => Float, { nullable: true, description: 'Giá trị như đã công bố vào ngày đó.' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'Tử số như đã công bố (với chỉ tiêu tỷ lệ).' })
  numerator!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mẫu số như đã công bố (với chỉ tiêu tỷ lệ).' })
  denominator!: number | null;

  @Field(() => IndicatorStatus, { description: 'Mức độ chính thức của số liệu vào ngày đó (ESTIMATE khi còn là số ước tính).' })
  status!: IndicatorStatus;

  @Field(() => String, { nullable: true, description: 'Vì sao số liệu vào ngày đó là ESTIMATE hoặc NO_DATA.' })
  statusReason!: string | null;
}

@ObjectType('IndicatorChange', { description: 'Thay đổi của một giá trị so với cùng kỳ năm trước.' })
@Directive('@shareable')
export class IndicatorChange {
  @Field(() => Float, { nullable: true, description: 'Phần trăm thay đổi: 100 × (giá trị − giá trị cùng kỳ) / giá trị cùng kỳ; trống khi một trong hai không có hoặc cùng kỳ bằng 0.' })
  percent!: number | null;

  @Field(() => Float, { nullable: true, description: 'Chênh lệch tuyệt đối: giá trị − giá trị cùng kỳ.' })
  difference!: number | null;

  @Field(() => IndicatorStatus, { description: 'Mức độ chính thức của phép so sánh: của giá trị kém chắc chắn hơn trong hai giá trị.' })
  status!: IndicatorStatus;

  @Field(() => String, { nullable: true, description: 'Vì sao phép so sánh là ESTIMATE, NOT_COMPARABLE hoặc NO_DATA.' })
  statusReason!: string | null;
}

/** The unit and part of it a value counts: its whole figures, or the part recorded under none of its children. */
export interface ValueScope {
  readonly unit: { readonly code: string; readonly validFrom: string };
  readonly part: 'WHOLE' | 'UNATTRIBUTED';
  /** For a revised source: the day the value was read as published on (null: now). */
  readonly publishedOn: string | null;
}
