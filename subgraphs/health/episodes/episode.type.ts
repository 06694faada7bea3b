import { ArgsType, Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { defineConnection } from '../../kit/graphql/connection.js';
import { PeriodPageArgs } from '../../kit/graphql/list-args.js';
import { DateScalar, DateTimeScalar } from '../../kit/graphql/scalars.js';
import { RecordedInUnit } from '../../kit/sector/recorded.js';

/** Internal values are DM_LOAI_KCB's MA_LOAI_KCB codes. */
export enum TreatmentType {
  EXAMINATION = '01',
  OUTPATIENT_TREATMENT = '02',
  INPATIENT = '03',
}
registerEnumType(TreatmentType, {
  name: 'TreatmentType',
  description: 'Hình thức khám bệnh, chữa bệnh (MA_LOAI_KCB trong dữ liệu XML gửi cơ quan bảo hiểm xã hội).',
  valuesConfig: {
    EXAMINATION: { description: 'Khám bệnh (01): ngoại trú.' },
    OUTPATIENT_TREATMENT: { description: 'Điều trị ngoại trú (02): ngoại trú, nhiều ngày.' },
    INPATIENT: { description: 'Điều trị nội trú (03).' },
  },
});

export enum PatientSex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(PatientSex, {
  name: 'PatientSex',
  description: 'Giới tính ghi trên hồ sơ (GIOI_TINH: 1 nam, 2 nữ, 3 chưa xác định).',
  valuesConfig: {
    MALE: { description: 'Nam (1).' },
    FEMALE: { description: 'Nữ (2).' },
    UNKNOWN: { description: 'Chưa xác định (3).' },
  },
});

@ObjectType('Patient', {
  description: 'Người bệnh ghi trên hồ sơ khám chữa bệnh. Dữ liệu cá nhân nhạy cảm (Luật 91/2025/QH15): chỉ đọc khi có quyền pii:sensitive và mục đích khai báo.',
})
export class Patient {
  @Field(() => String, { description: 'Họ và tên (HO_TEN).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Số căn cước hoặc số định danh cá nhân (SO_CCCD, 12 chữ số); trống với trẻ sơ sinh chưa có số.' })
  idNumber!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày sinh (NGAY_SINH); trống nếu ngày ghi trong hồ sơ không đọc được.' })
  birthDate!: string | null;

  @Field(() => PatientSex, { description: 'Giới tính (GIOI_TINH).' })
  sex!: PatientSex;
}

@ObjectType('Diagnosis', {
  description: 'Chẩn đoán theo ICD-10 của một lượt khám chữa bệnh. Dữ liệu sức khỏe (nhạy cảm): chỉ đọc khi có quyền pii:sensitive và mục đích khai báo.',
})
export class Diagnosis {
  @Field(() => String, { description: 'Mã bệnh ICD-10, ví dụ J18.9.' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'Tên bệnh theo danh mục ICD-10 của Bộ Y tế; trống nếu mã không có trong danh mục.' })
  name!: string | null;
}

@ObjectType('TreatmentEpisode', {
  description:
    'Lượt khám bệnh, chữa bệnh (hồ sơ XML1_TONG_HOP), ghi theo xã nơi cư trú của người bệnh (MAXA_CU_TRU, mã có hiệu lực vào ngày vào viện). Người bệnh và chẩn đoán là dữ liệu nhạy cảm, đọc riêng.',
})
@Directive('@key(fields: "episodeKey")')
export class TreatmentEpisode extends RecordedInUnit {
  @Field(() => String, { description: 'Mã liên kết của lượt khám chữa bệnh (MA_LK).' })
  episodeKey!: string;

  @Field(() => TreatmentType, { description: 'Hình thức khám chữa bệnh (MA_LOAI_KCB).' })
  treatmentType!: TreatmentType;

  @Field(() => Boolean, { description: 'true nếu là điều trị nội trú (chiếm giường bệnh).' })
  inpatient!: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày vào (NGAY_VAO); trống nếu ngày ghi trong hồ sơ không đọc được.' })
  admittedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày ra (NGAY_RA); trống nếu ngày ghi trong hồ sơ không đọc được.' })
  dischargedOn!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Thời điểm vào (NGAY_VAO, giờ Việt Nam, đến phút).' })
  admittedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Thời điểm ra (NGAY_RA, giờ Việt Nam, đến phút).' })
  dischargedAt!: Date | null;
}

export const TreatmentEpisodeConnection = defineConnection(TreatmentEpisode, { name: 'TreatmentEpisode', noun: 'lượt khám chữa bệnh' });

/** The filters of a unit's episode list; the period is the admission day. */
@ArgsType()
export class EpisodeListArgs extends PeriodPageArgs {
  @Field(() => TreatmentType, { nullable: true, description: 'Chỉ lấy lượt có hình thức khám chữa bệnh này.' })
  treatmentType?: TreatmentType | null;

  @Field(() => String, { nullable: true, description: 'Chỉ lấy lượt tại cơ sở này (MA_CSKCB, 5 chữ số).' })
  facilityCode?: string | null;
}
