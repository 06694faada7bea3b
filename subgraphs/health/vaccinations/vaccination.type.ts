import { ArgsType, Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { defineConnection } from '../../kit/graphql/connection.js';
import { PeriodPageArgs } from '../../kit/graphql/list-args.js';
import { DateScalar } from '../../kit/graphql/scalars.js';
import { RecordedInUnit } from '../../kit/sector/recorded.js';
import { PatientSex } from '../episodes/episode.type.js';

/** Internal values are DM_VACXIN's MA_VACXIN codes. */
export enum ChildVaccine {
  BCG = 'BCG',
  HEPATITIS_B_BIRTH = 'VGB_SS',
  PENTAVALENT = 'DPT_VGB_HIB',
  ORAL_POLIO = 'OPV',
  MEASLES = 'SOI',
}
registerEnumType(ChildVaccine, {
  name: 'ChildVaccine',
  description: 'Vắc xin trong chương trình tiêm chủng mở rộng cho trẻ dưới 1 tuổi (bảng mã DM_VACXIN).',
  valuesConfig: {
    BCG: { description: 'Vắc xin phòng lao (BCG), 1 mũi sau sinh.' },
    HEPATITIS_B_BIRTH: { description: 'Vắc xin viêm gan B liều sơ sinh (VGB_SS), trong 24 giờ sau sinh; không tính vào tiêm chủng đầy đủ.' },
    PENTAVALENT: { description: 'Vắc xin 5 trong 1 (DPT_VGB_HIB), 3 mũi lúc 2, 3, 4 tháng tuổi.' },
    ORAL_POLIO: { description: 'Vắc xin bại liệt uống (OPV), 3 liều lúc 2, 3, 4 tháng tuổi.' },
    MEASLES: { description: 'Vắc xin sởi (SOI), mũi 1 lúc 9 tháng tuổi: mũi cuối của lịch tiêm chủng đầy đủ.' },
  },
});

@ObjectType('VaccinatedChild', {
  description: 'Trẻ được tiêm (bảng TC_DOI_TUONG). Dữ liệu cá nhân nhạy cảm (thông tin sức khỏe của trẻ em): chỉ đọc khi có quyền pii:sensitive và mục đích khai báo.',
})
export class VaccinatedChild {
  @Field(() => String, { description: 'Họ và tên trẻ (HO_TEN).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Số định danh cá nhân (SO_DINH_DANH, 12 chữ số); trống nếu trẻ chưa đăng ký khai sinh.' })
  idNumber!: string | null;

  @Field(() => DateScalar, { description: 'Ngày sinh (NGAY_SINH).' })
  birthDate!: string;

  @Field(() => PatientSex, { description: 'Giới tính (GIOI_TINH).' })
  sex!: PatientSex;
}

@ObjectType('Vaccination', {
  description: 'Một mũi tiêm chủng của trẻ (bảng TC_MUI_TIEM), ghi theo xã nơi trẻ cư trú (mã có hiệu lực vào ngày tiêm).',
})
@Directive('@key(fields: "id")')
export class Vaccination extends RecordedInUnit {
  @Field(() => ID, { description: 'Mã mũi tiêm trong hệ thống nguồn (ID).' })
  id!: number;

  @Field(() => DateScalar, { description: 'Ngày tiêm (NGAY_TIEM).' })
  vaccinatedOn!: string;

  @Field(() => ChildVaccine, { description: 'Vắc xin (MA_VACXIN).' })
  vaccine!: ChildVaccine;

  @Field(() => String, { description: 'Tên vắc xin theo bảng mã.' })
  vaccineName!: string;

  @Field(() => Int, { description: 'Mũi (liều) thứ mấy của vắc xin này (MUI_THU).' })
  dose!: number;
}

export const VaccinationConnection = defineConnection(Vaccination, { name: 'Vaccination', noun: 'mũi tiêm chủng' });

/** The filters of a unit's doses; the period is the day of the dose. */
@ArgsType()
export class VaccinationListArgs extends PeriodPageArgs {
  @Field(() => ChildVaccine, { nullable: true, description: 'Chỉ lấy mũi tiêm của vắc xin này.' })
  vaccine?: ChildVaccine | null;
}
