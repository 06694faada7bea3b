import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Internal values are DM_CAP_HOC codes, so arguments reach the SQL as they are. */
export enum EducationLevel {
  PRESCHOOL = '01',
  PRIMARY = '02',
  LOWER_SECONDARY = '03',
  UPPER_SECONDARY = '04',
}
registerEnumType(EducationLevel, {
  name: 'EducationLevel',
  description: 'Cấp học (bảng mã DM_CAP_HOC).',
  valuesConfig: {
    PRESCHOOL: { description: 'Mầm non (mẫu giáo 3–5 tuổi).' },
    PRIMARY: { description: 'Tiểu học (lớp 1–5).' },
    LOWER_SECONDARY: { description: 'Trung học cơ sở (lớp 6–9).' },
    UPPER_SECONDARY: { description: 'Trung học phổ thông (lớp 10–12).' },
  },
});

/** Internal values are DM_LOAI_HINH codes. */
export enum SchoolOwnership {
  PUBLIC = '01',
  PRIVATE = '02',
  PEOPLE_FOUNDED = '03',
}
registerEnumType(SchoolOwnership, {
  name: 'SchoolOwnership',
  description: 'Loại hình trường (bảng mã DM_LOAI_HINH).',
  valuesConfig: {
    PUBLIC: { description: 'Công lập.' },
    PRIVATE: { description: 'Tư thục.' },
    PEOPLE_FOUNDED: { description: 'Dân lập (do cộng đồng dân cư thành lập).' },
  },
});

@ObjectType('TeacherQualification', { description: 'Trình độ đào tạo của giáo viên (bảng mã DM_TRINH_DO_DT).' })
export class TeacherQualification {
  @Field(() => String, { description: 'Mã trình độ đào tạo, ví dụ 03 (đại học).' })
  code!: string;

  @Field(() => String, { description: 'Tên trình độ đào tạo.' })
  name!: string;
}
