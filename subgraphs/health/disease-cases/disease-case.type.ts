import { ArgsType, Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { defineConnection } from '../../kit/graphql/connection.js';
import { PeriodPageArgs } from '../../kit/graphql/list-args.js';
import { DateScalar } from '../../kit/graphql/scalars.js';
import { RecordedInUnit } from '../../kit/sector/recorded.js';

/** Internal values are DM_NHOM_BENH_TN's MA_NHOM_BENH codes. */
export enum DiseaseGroup {
  DENGUE = 'SXHD',
  HAND_FOOT_MOUTH = 'TCM',
  MEASLES = 'SOI',
  INFLUENZA_LIKE = 'CUM',
}
registerEnumType(DiseaseGroup, {
  name: 'DiseaseGroup',
  description: 'Nhóm bệnh truyền nhiễm báo cáo hằng tuần (bảng mã DM_NHOM_BENH_TN).',
  valuesConfig: {
    DENGUE: { description: 'Sốt xuất huyết Dengue (SXHD; ICD-10 A90-A91).' },
    HAND_FOOT_MOUTH: { description: 'Tay chân miệng (TCM; ICD-10 B08.4).' },
    MEASLES: { description: 'Sởi (SOI; ICD-10 B05).' },
    INFLUENZA_LIKE: { description: 'Hội chứng cúm (CUM; ICD-10 J09-J11), báo cáo từ các điểm giám sát.' },
  },
});

@ObjectType('DiseaseCaseReport', {
  description: 'Báo cáo tuần số ca mắc một nhóm bệnh truyền nhiễm của một xã (bảng BC_TUAN_BTN); chỉ có dòng cho tuần có ca mắc.',
})
@Directive('@key(fields: "id")')
export class DiseaseCaseReport extends RecordedInUnit {
  @Field(() => ID, { description: 'Mã dòng báo cáo trong hệ thống nguồn (ID).' })
  id!: number;

  @Field(() => Int, { description: 'Năm theo tuần ISO (NAM).' })
  year!: number;

  @Field(() => Int, { description: 'Tuần ISO trong năm, 1–53 (TUAN).' })
  week!: number;

  @Field(() => DateScalar, { description: 'Ngày đầu tuần, thứ Hai (TU_NGAY).' })
  weekStart!: string;

  @Field(() => DateScalar, { description: 'Ngày cuối tuần, Chủ nhật (DEN_NGAY): ngày báo cáo, dùng để lọc theo kỳ.' })
  weekEnd!: string;

  @Field(() => DiseaseGroup, { description: 'Nhóm bệnh.' })
  diseaseGroup!: DiseaseGroup;

  @Field(() => String, { description: 'Tên nhóm bệnh theo bảng mã.' })
  diseaseGroupName!: string;

  @Field(() => Int, { description: 'Số ca mắc trong tuần (SO_MAC).' })
  cases!: number;

  @Field(() => Int, { description: 'Số ca tử vong trong tuần (SO_TU_VONG).' })
  deaths!: number;
}

export const DiseaseCaseReportConnection = defineConnection(DiseaseCaseReport, { name: 'DiseaseCaseReport', noun: 'báo cáo tuần bệnh truyền nhiễm' });

/** The filters of a unit's weekly reports; the period is the week's last day. */
@ArgsType()
export class DiseaseCaseListArgs extends PeriodPageArgs {
  @Field(() => DiseaseGroup, { nullable: true, description: 'Chỉ lấy báo cáo của nhóm bệnh này.' })
  diseaseGroup?: DiseaseGroup | null;
}
