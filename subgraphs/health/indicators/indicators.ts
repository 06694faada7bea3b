import { NEW_QUANG_NGAI, OLD_KON_TUM, OLD_QUANG_NGAI } from '../../../reference/admin-units/reference-units.js';
import { rate, total, type IndicatorSet, type IndicatorSpec } from '../../kit/indicators/indicator-spec.js';
import { DISEASE_GROUPS } from '../lookups/codes.js';

/** The measure of one disease group's cases, e.g. `cases_sxhd`. */
export const casesMeasure = (groupCode: string) => `cases_${groupCode.toLowerCase()}`;

const SPECS: readonly IndicatorSpec[] = [
  total('HE_FACILITIES_PROVINCIAL', 'Cơ sở y tế tuyến tỉnh đang hoạt động cuối kỳ', 'cơ sở', 'facilities_provincial'),
  total('HE_FACILITIES_DISTRICT', 'Trung tâm y tế tuyến huyện đang hoạt động cuối kỳ', 'cơ sở', 'facilities_district'),
  total('HE_FACILITIES_COMMUNE', 'Trạm y tế xã, phường, thị trấn, đặc khu đang hoạt động cuối kỳ', 'cơ sở', 'facilities_commune'),
  total('HE_BEDS_PLANNED', 'Giường bệnh kế hoạch của các cơ sở đang hoạt động cuối kỳ', 'giường', 'beds_planned'),
  total('HE_BEDS_ACTUAL', 'Giường bệnh thực kê của các cơ sở đang hoạt động cuối kỳ', 'giường', 'beds_actual'),
  total('HE_INPATIENT_DAYS', 'Ngày điều trị nội trú trong kỳ (tại các cơ sở của đơn vị)', 'ngày', 'inpatient_days'),
  rate('HE_BED_OCCUPANCY', 'Công suất sử dụng giường bệnh: ngày điều trị nội trú / (giường thực kê × số ngày của kỳ)', 'inpatient_days', 'bed_capacity_days'),
  total('HE_OUTPATIENT_EPISODES', 'Lượt khám bệnh, điều trị ngoại trú của người dân cư trú tại đơn vị, theo ngày vào', 'lượt', 'outpatient_episodes'),
  total('HE_INPATIENT_EPISODES', 'Lượt điều trị nội trú của người dân cư trú tại đơn vị, theo ngày vào viện', 'lượt', 'inpatient_episodes'),
  ...DISEASE_GROUPS.map((g) => total(`HE_CASES_${g.indicator}`, `Số ca mắc ${g.indicatorName} (báo cáo tuần kết thúc trong kỳ)`, 'ca', casesMeasure(g.MA_NHOM_BENH))),
  total('HE_FULLY_IMMUNISED', 'Trẻ dưới 1 tuổi được tiêm chủng đầy đủ trong kỳ', 'trẻ', 'fully_immunised'),
  rate('HE_IMMUNISATION_COVERAGE', 'Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ so với số trẻ trong kế hoạch (phân bổ theo số ngày của kỳ)', 'fully_immunised', 'immunisation_target'),
];

/** The sector's indicators, declared once: the kit's `indicators` field and docs/indicators.md read it. */
export const INDICATORS: IndicatorSet = {
  source: 'Hệ thống thông tin y tế tỉnh (dữ liệu khám chữa bệnh XML, báo cáo bệnh truyền nhiễm, tiêm chủng)',
  // The health department's databases as the demo seeds them: old Quảng Ngãi and old Kon Tum (whose
  // facilities, claims and registers the new province's department took over), since 2023-01-01.
  coverage: { areas: [OLD_QUANG_NGAI, OLD_KON_TUM, NEW_QUANG_NGAI], since: '2023-01-01' },
  specs: SPECS,
  description:
    'Các chỉ tiêu y tế (mã HE_…) của đơn vị trong kỳ. Cơ sở và giường bệnh là số tồn tại cuối kỳ, ghi theo đơn vị nơi cơ sở đăng ký (trung tâm y tế tuyến huyện ghi theo mã huyện cũ); ngày điều trị nội trú và công suất giường tính theo cơ sở điều trị; lượt khám chữa bệnh theo xã nơi cư trú của người bệnh; ca bệnh theo báo cáo tuần của xã; tiêm chủng theo xã nơi trẻ cư trú.',
};
