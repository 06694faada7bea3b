/**
 * The lookup rows of the education department's school database (DM_… tables). The migration
 * that loads them, the demo seed that draws codes from them and the repositories that translate
 * codes all read these lists, so a code means the same thing everywhere.
 */

/** DM_CAP_HOC codes: 01 mầm non, 02 tiểu học, 03 THCS, 04 THPT. */
export type LevelCode = '01' | '02' | '03' | '04';
export const LEVEL_CODES: readonly LevelCode[] = ['01', '02', '03', '04'];

/**
 * DM_CAP_HOC: the levels of the national education system, the grades (khối) each teaches (for
 * preschool: the age group of the kindergarten class, 3, 4 or 5 years old) and the minimum
 * qualification a teacher of that level must hold (Luật Giáo dục 2019, art. 72: college for
 * preschool, bachelor for primary and secondary).
 */
export const LEVELS = [
  { MA_CAP_HOC: '01', TEN_CAP_HOC: 'Mầm non', KHOI_TU: 3, KHOI_DEN: 5, MA_TRINH_DO_CHUAN: '02' },
  { MA_CAP_HOC: '02', TEN_CAP_HOC: 'Tiểu học', KHOI_TU: 1, KHOI_DEN: 5, MA_TRINH_DO_CHUAN: '03' },
  { MA_CAP_HOC: '03', TEN_CAP_HOC: 'Trung học cơ sở', KHOI_TU: 6, KHOI_DEN: 9, MA_TRINH_DO_CHUAN: '03' },
  { MA_CAP_HOC: '04', TEN_CAP_HOC: 'Trung học phổ thông', KHOI_TU: 10, KHOI_DEN: 12, MA_TRINH_DO_CHUAN: '03' },
] as const satisfies ReadonlyArray<{ MA_CAP_HOC: LevelCode } & Record<string, string | number>>;

/** DM_LOAI_HINH codes: 01 công lập, 02 tư thục, 03 dân lập. */
export type OwnershipCode = '01' | '02' | '03';
export const OWNERSHIPS = [
  { MA_LOAI_HINH: '01', TEN_LOAI_HINH: 'Công lập' },
  { MA_LOAI_HINH: '02', TEN_LOAI_HINH: 'Tư thục' },
  { MA_LOAI_HINH: '03', TEN_LOAI_HINH: 'Dân lập' },
] as const satisfies ReadonlyArray<{ MA_LOAI_HINH: OwnershipCode } & Record<string, string | number>>;
export const PUBLIC_OWNERSHIP: OwnershipCode = '01';

/**
 * DM_TRINH_DO_DT: a teacher's training (trình độ đào tạo), ranked by BAC so that "meets the
 * standard" is one comparison with the level's minimum (DM_CAP_HOC.MA_TRINH_DO_CHUAN).
 */
export type QualificationCode = '01' | '02' | '03' | '04' | '05';
export const QUALIFICATIONS = [
  { MA_TRINH_DO: '01', TEN_TRINH_DO: 'Trung cấp sư phạm', BAC: 1 },
  { MA_TRINH_DO: '02', TEN_TRINH_DO: 'Cao đẳng sư phạm', BAC: 2 },
  { MA_TRINH_DO: '03', TEN_TRINH_DO: 'Đại học', BAC: 3 },
  { MA_TRINH_DO: '04', TEN_TRINH_DO: 'Thạc sĩ', BAC: 4 },
  { MA_TRINH_DO: '05', TEN_TRINH_DO: 'Tiến sĩ', BAC: 5 },
] as const satisfies ReadonlyArray<{ MA_TRINH_DO: QualificationCode } & Record<string, string | number>>;

/** DM_TRANG_THAI_HS: where a student's enrolment in a class stands; only 01 is on the roll. */
export type EnrolmentStatusCode = '01' | '02' | '03';
export const ENROLMENT_STATUSES = [
  { MA_TRANG_THAI: '01', TEN_TRANG_THAI: 'Đang học' },
  { MA_TRANG_THAI: '02', TEN_TRANG_THAI: 'Bỏ học' },
  { MA_TRANG_THAI: '03', TEN_TRANG_THAI: 'Chuyển trường đi' },
] as const satisfies ReadonlyArray<{ MA_TRANG_THAI: EnrolmentStatusCode } & Record<string, string | number>>;
export const ENROLLED: EnrolmentStatusCode = '01';
export const DROPPED_OUT: EnrolmentStatusCode = '02';
