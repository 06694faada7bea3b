import { ArgsType, Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { defineConnection } from '../../kit/graphql/connection.js';
import { PageArgs } from '../../kit/graphql/list-args.js';
import { DateScalar } from '../../kit/graphql/scalars.js';
import { PeriodInput } from '../../kit/indicators/indicator.types.js';
import { RecordedInUnit } from '../../kit/sector/recorded.js';

@ObjectType('MonthlyTourismStatistics', {
  description:
    'Một lần công bố số liệu du lịch của tỉnh cho một tháng (bảng DL_TK_THANG): mỗi lần ước tính hoặc điều chỉnh là một dòng riêng, không ghi đè. Mã đơn vị là mã tỉnh có hiệu lực trong tháng đó.',
})
@Directive('@key(fields: "id")')
export class MonthlyTourismStatistics extends RecordedInUnit {
  @Field(() => ID, { description: 'Mã dòng thống kê trong hệ thống nguồn (TK_ID).' })
  id!: number;

  @Field(() => Int, { description: 'Năm của tháng thống kê (NAM).' })
  year!: number;

  @Field(() => Int, { description: 'Tháng thống kê, 1–12 (THANG).' })
  month!: number;

  @Field(() => Int, { description: 'Lần công bố (LAN): 1 là số ước tính, 2 là số chính thức, 3 là điều chỉnh thêm.' })
  revision!: number;

  @Field(() => Boolean, { description: 'Số ước tính (UOC_TINH = 1), chưa phải số chính thức.' })
  estimate!: boolean;

  @Field(() => DateScalar, { description: 'Ngày công bố lần này (NGAY_CONG_BO).' })
  publishedOn!: string;

  @Field(() => Int, { description: 'Lượt khách quốc tế phục vụ trong tháng.' })
  internationalGuests!: number;

  @Field(() => Int, { description: 'Lượt khách nội địa phục vụ trong tháng.' })
  domesticGuests!: number;

  @Field(() => Int, { description: 'Tổng lượt khách phục vụ trong tháng (quốc tế + nội địa).' })
  totalGuests!: number;

  @Field(() => Int, { description: 'Ngày khách lưu trú trong tháng.' })
  guestDays!: number;

  @Field(() => Float, { description: 'Tổng thu từ khách du lịch trong tháng (triệu đồng).' })
  revenueMillionVnd!: number;
}

export const MonthlyTourismStatisticsConnection = defineConnection(MonthlyTourismStatistics, { name: 'MonthlyTourismStatistics', noun: 'dòng thống kê tháng' });

/** The filters of a unit's monthly statistics list. */
@ArgsType()
export class MonthlyStatisticsListArgs extends PageArgs {
  @Field(() => PeriodInput, { nullable: true, description: 'Chỉ lấy các tháng nằm trọn trong kỳ này; mặc định: mọi tháng.' })
  period?: PeriodInput | null;

  @Field(() => Boolean, { nullable: true, description: 'true: chỉ lần công bố mới nhất của mỗi tháng; mặc định: mọi lần công bố (ước tính và các lần điều chỉnh).' })
  latestOnly?: boolean | null;
}
