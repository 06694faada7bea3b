import { ArgsType, Field, Int } from 'type-graphql';
import { PeriodInput } from '../indicators/indicator.types.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination.js';
import { DEFAULT_NESTED, MAX_NESTED } from './nested-lists.js';

/**
 * The arguments every cursor-paginated list shares, described once. A list adds its own filters by
 * extending it: `@ArgsType() class DossierListArgs extends PeriodPageArgs { @Field(…) status … }`.
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Số bản ghi mỗi trang (mặc định ${DEFAULT_PAGE_SIZE}, tối đa ${MAX_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Con trỏ `endCursor` của trang trước; bỏ trống để lấy trang đầu.' })
  after?: string | null;
}

/** A list of records made over time: the page arguments and an optional period of the record's date. */
@ArgsType()
export class PeriodPageArgs extends PageArgs {
  @Field(() => PeriodInput, {
    nullable: true,
    description: 'Chỉ lấy bản ghi có ngày ghi nhận của danh sách (tiếp nhận, cấp, xảy ra, …) trong kỳ này; mặc định: mọi thời điểm.',
  })
  period?: PeriodInput | null;
}

/** A short list hanging off one record (a vessel's latest violations, …): no cursor, newest first. */
@ArgsType()
export class NestedListArgs {
  @Field(() => Int, { nullable: true, description: `Số bản ghi (mặc định ${DEFAULT_NESTED}, tối đa ${MAX_NESTED}).` })
  first?: number | null;
}

/**
 * The options of a sector's list of records on its type: nullable, since a caller who may not see
 * the unit's records gets null with FORBIDDEN while the rest of the answer (the indicators) stays.
 */
export const recordList = (description: string) => ({
  nullable: true,
  description: `${description} Trả về null kèm lỗi FORBIDDEN khi người gọi không được xem bản ghi của đơn vị này (ngoài địa bàn hoặc vai trò chỉ xem số liệu tổng hợp).`,
});
