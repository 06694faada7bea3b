import { ArgsType, Directive, Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { defineConnection } from '../../kit/graphql/connection.js';
import { PeriodPageArgs } from '../../kit/graphql/list-args.js';
import { DateTimeScalar } from '../../kit/graphql/scalars.js';
import { RecordedInUnit } from '../../kit/sector/recorded.js';
import { ViolationType } from '../lookups/codes.js';

registerEnumType(ViolationType, {
  name: 'ViolationType',
  description: 'Loại vi phạm của tàu cá.',
  valuesConfig: {
    SIGNAL_LOST: { description: 'Mất kết nối thiết bị giám sát hành trình quá 6 giờ không báo cáo vị trí về bờ.' },
    BOUNDARY_CROSSING: { description: 'Vượt ranh giới vùng khai thác được phép trên biển.' },
    IUU_FOREIGN_WATERS: { description: 'Khai thác bất hợp pháp tại vùng biển nước ngoài (IUU).' },
    VMS_NOT_OPERATED: { description: 'Không lắp đặt hoặc không duy trì hoạt động thiết bị giám sát hành trình.' },
    LOGBOOK: { description: 'Không ghi, không nộp nhật ký khai thác thủy sản.' },
    LICENCE: { description: 'Khai thác không có giấy phép hoặc giấy phép hết hạn.' },
    MARKING: { description: 'Không đánh dấu tàu cá theo quy định.' },
  },
});

@ObjectType('Violation', { description: 'Một vụ vi phạm của tàu cá đã được lập biên bản.' })
@Directive('@key(fields: "id")')
export class Violation extends RecordedInUnit {
  @Field(() => ID, { description: 'Mã vụ vi phạm.' })
  id!: number;

  @Field(() => ViolationType, { description: 'Loại vi phạm.' })
  type!: ViolationType;

  @Field(() => DateTimeScalar, { description: 'Thời điểm xảy ra vi phạm.' })
  occurredAt!: Date;

  @Field(() => Float, { nullable: true, description: 'Vĩ độ nơi vi phạm (với vi phạm trên biển).' })
  latitude!: number | null;

  @Field(() => Float, { nullable: true, description: 'Kinh độ nơi vi phạm (với vi phạm trên biển).' })
  longitude!: number | null;

  @Field(() => String, { nullable: true, description: 'Số biên bản vi phạm hành chính.' })
  recordNumber!: string | null;

  @Field(() => Float, { nullable: true, description: 'Mức phạt (đồng).' })
  fineVnd!: number | null;

  @Field(() => String, { nullable: true, description: 'Nội dung vi phạm.' })
  description!: string | null;
}

export const ViolationConnection = defineConnection(Violation, { name: 'Violation', noun: 'vụ vi phạm' });

/** The filters of a unit's violation list; the period is when the violation occurred. */
@ArgsType()
export class ViolationListArgs extends PeriodPageArgs {
  @Field(() => ViolationType, { nullable: true, description: 'Chỉ lấy loại vi phạm này.' })
  type?: ViolationType | null;
}
