import { NEW_QUANG_NGAI, OLD_KON_TUM, OLD_QUANG_NGAI } from '../../../reference/admin-units/reference-units.js';
import { rate, ratio, total, type IndicatorSet, type IndicatorSpec } from '../../kit/indicators/indicator-spec.js';
import type { LevelCode } from '../lookups/codes.js';

/** The levels as indicator code suffixes and names, in DM_CAP_HOC order. */
export const LEVEL_INDICATORS: ReadonlyArray<{ readonly level: LevelCode; readonly suffix: string; readonly name: string; readonly pupils: string }> = [
  { level: '01', suffix: 'PRESCHOOL', name: 'mầm non', pupils: 'trẻ' },
  { level: '02', suffix: 'PRIMARY', name: 'tiểu học', pupils: 'học sinh' },
  { level: '03', suffix: 'LOWER_SECONDARY', name: 'trung học cơ sở', pupils: 'học sinh' },
  { level: '04', suffix: 'UPPER_SECONDARY', name: 'trung học phổ thông', pupils: 'học sinh' },
];

/** The measure column of a count per level: `schools_01`, `students_04`, … */
export const perLevel = (measure: 'schools' | 'classes' | 'students' | 'teachers', level: LevelCode) => `${measure}_${level}`;

/** A stock, counted as of the last day of the period, as a whole and per level. */
function stock(measure: 'schools' | 'classes' | 'students' | 'teachers', code: string, noun: string, unit: string): IndicatorSpec[] {
  const asOf = measure === 'schools' || measure === 'teachers' ? 'đến cuối kỳ' : 'đến cuối kỳ (năm học có hiệu lực vào ngày cuối kỳ)';
  return [
    total(code, `Số ${noun} ${asOf}`, unit, measure),
    ...LEVEL_INDICATORS.map((l) => total(`${code}_${l.suffix}`, `Số ${noun} ${l.name} ${asOf}`, measure === 'students' ? l.pupils : unit, perLevel(measure, l.level))),
  ];
}

const SPECS: readonly IndicatorSpec[] = [
  ...stock('schools', 'ED_SCHOOLS', 'trường', 'trường'),
  total('ED_SCHOOLS_NON_PUBLIC', 'Số trường ngoài công lập (tư thục, dân lập) đến cuối kỳ', 'trường', 'schools_non_public'),
  rate('ED_SCHOOLS_NATIONAL_STANDARD_RATE', 'Tỷ lệ trường đạt chuẩn quốc gia đến cuối kỳ', 'schools_national_standard', 'schools'),
  ...stock('classes', 'ED_CLASSES', 'lớp học', 'lớp'),
  ...stock('students', 'ED_STUDENTS', 'học sinh', 'học sinh'),
  ratio('ED_STUDENTS_PER_CLASS', 'Số học sinh bình quân một lớp đến cuối kỳ', 'học sinh/lớp', 'students', 'classes'),
  ...stock('teachers', 'ED_TEACHERS', 'giáo viên', 'giáo viên'),
  rate('ED_TEACHERS_STANDARD_RATE', 'Tỷ lệ giáo viên có trình độ đào tạo đạt chuẩn đến cuối kỳ', 'teachers_standard', 'teachers'),
  total('ED_DROPOUTS', 'Số học sinh bỏ học trong kỳ', 'học sinh', 'dropouts'),
  rate('ED_DROPOUT_RATE', 'Tỷ lệ học sinh bỏ học trong kỳ trên số lượt học sinh của các năm học trong kỳ', 'dropouts', 'enrolments'),
];

const DESCRIPTION = [
  'Các chỉ tiêu giáo dục (mã ED_…) của đơn vị trong kỳ, tính từ cơ sở dữ liệu trường, lớp, học sinh, giáo viên của Sở Giáo dục và Đào tạo (dữ liệu mẫu thu nhỏ).',
  'Số trường, lớp, học sinh, giáo viên là số tồn tại vào ngày cuối kỳ: trường đã thành lập và chưa giải thể; lớp và học sinh của năm học có hiệu lực ngày đó (từ ngày khai giảng đến trước ngày khai giảng năm sau, nên trong hè vẫn là năm học vừa kết thúc); học sinh còn có tên trong lớp (chưa bỏ học, chưa chuyển đi); giáo viên đang công tác; mỗi bản ghi tính cho xã (huyện) nơi trường đặt trụ sở vào ngày cuối kỳ.',
  'ED_STUDENTS_PER_CLASS = số học sinh / số lớp, cùng ngày cuối kỳ. ED_TEACHERS_STANDARD_RATE: giáo viên có trình độ đào tạo không thấp hơn chuẩn của cấp học của trường (cao đẳng sư phạm với mầm non, đại học với tiểu học, trung học) trên tổng số giáo viên. ED_SCHOOLS_NATIONAL_STANDARD_RATE: trường có quyết định công nhận đạt chuẩn quốc gia (mức 1 hoặc 2) ký không sau ngày cuối kỳ trên tổng số trường; hệ thống chỉ giữ quyết định gần nhất của mỗi trường.',
  'ED_DROPOUT_RATE: tử số ED_DROPOUTS là số lượt học sinh chuyển sang tình trạng bỏ học với ngày bỏ học trong kỳ, tính cho xã nơi trường đặt trụ sở vào ngày bỏ học; mẫu số là số lượt học sinh có tên trong lớp (vào lớp không sau ngày cuối kỳ) của mọi năm học có hiệu lực trong kỳ, tính cho xã nơi trường đặt trụ sở vào ngày khai giảng năm học đó. Với kỳ là một năm học, đây là tỷ lệ bỏ học của năm học; với kỳ trải qua hai năm học (một năm dương lịch), một học sinh học cả hai năm được tính hai lượt ở mẫu số, nên tỷ lệ thấp hơn tỷ lệ của từng năm học.',
].join(' ');

/** The sector's indicators, declared once: the kit's `indicators` field and docs/indicators.md read it. */
export const INDICATORS: IndicatorSet = {
  source: 'Cơ sở dữ liệu ngành giáo dục tỉnh (Sở Giáo dục và Đào tạo)',
  // The department's school database as the demo seeds it: old Quảng Ngãi and old Kon Tum (whose
  // schools the new province's department took over), from the first day of school year 2023-2024.
  coverage: { areas: [OLD_QUANG_NGAI, OLD_KON_TUM, NEW_QUANG_NGAI], since: '2023-09-05' },
  specs: SPECS,
  description: DESCRIPTION,
};
