import { NEW_QUANG_NGAI, OLD_KON_TUM, OLD_QUANG_NGAI } from '../../../reference/admin-units/reference-units.js';
import { total, type IndicatorSet, type IndicatorSpec } from '../../kit/indicators/indicator-spec.js';

/** Measure names the repository returns, one per additive sum. */
export const MEASURES = {
  /** Months of the statistics table in force as published. */
  published: 'published_rows',
  /** Months in force still published as estimates. */
  estimated: 'estimated_months',
  international: 'guests_international',
  domestic: 'guests_domestic',
  guests: 'guests_total',
  guestDays: 'guest_days',
  revenue: 'revenue',
  establishments: 'establishments',
  unrated: 'establishments_unrated',
  oneToThreeStars: 'establishments_1_3_star',
  fourToFiveStars: 'establishments_4_5_star',
  rooms: 'rooms',
  attractions: 'attractions',
  nationalAttractions: 'attractions_national',
} as const;

const PROVINCE = { onlyFor: 'PROVINCE' } as const;

/** The indicators read from the monthly statistics table, published for the province and revised. */
const STATISTICS = ['TO_GUESTS', 'TO_GUESTS_INTERNATIONAL', 'TO_GUESTS_DOMESTIC', 'TO_GUEST_DAYS', 'TO_REVENUE'];

const SPECS: readonly IndicatorSpec[] = [
  total('TO_GUESTS', 'Lượt khách du lịch phục vụ trong kỳ', 'lượt', MEASURES.guests, PROVINCE),
  total('TO_GUESTS_INTERNATIONAL', 'Lượt khách quốc tế phục vụ trong kỳ', 'lượt', MEASURES.international, PROVINCE),
  total('TO_GUESTS_DOMESTIC', 'Lượt khách nội địa phục vụ trong kỳ', 'lượt', MEASURES.domestic, PROVINCE),
  total('TO_GUEST_DAYS', 'Ngày khách lưu trú trong kỳ', 'ngày khách', MEASURES.guestDays, PROVINCE),
  total('TO_REVENUE', 'Tổng thu từ khách du lịch trong kỳ', 'triệu đồng', MEASURES.revenue, PROVINCE),
  total('TO_ESTABLISHMENTS', 'Cơ sở lưu trú du lịch đang hoạt động cuối kỳ', 'cơ sở', MEASURES.establishments),
  total('TO_ESTABLISHMENTS_4_5_STAR', 'Cơ sở lưu trú hạng 4–5 sao cuối kỳ', 'cơ sở', MEASURES.fourToFiveStars),
  total('TO_ESTABLISHMENTS_1_3_STAR', 'Cơ sở lưu trú hạng 1–3 sao cuối kỳ', 'cơ sở', MEASURES.oneToThreeStars),
  total('TO_ESTABLISHMENTS_UNRATED', 'Cơ sở lưu trú chưa xếp hạng sao cuối kỳ', 'cơ sở', MEASURES.unrated),
  total('TO_ROOMS', 'Buồng lưu trú của các cơ sở đang hoạt động cuối kỳ', 'buồng', MEASURES.rooms),
  total('TO_ATTRACTIONS', 'Điểm du lịch đã được công nhận đến cuối kỳ', 'điểm', MEASURES.attractions),
  total('TO_ATTRACTIONS_NATIONAL', 'Điểm du lịch là di tích, danh thắng xếp hạng quốc gia (kể cả quốc gia đặc biệt) đến cuối kỳ', 'điểm', MEASURES.nationalAttractions),
];

/** The sector's indicators, declared once: the kit's `indicators` field and docs/indicators.md read it. */
export const INDICATORS: IndicatorSet = {
  source: 'Hệ thống thống kê du lịch tỉnh (Sở Văn hóa, Thể thao và Du lịch)',
  // Both old provinces' statistics and registers, kept on by the new province's department.
  coverage: { areas: [OLD_QUANG_NGAI, OLD_KON_TUM, NEW_QUANG_NGAI], since: '2023-01-01' },
  specs: SPECS,
  publications: { indicators: STATISTICS, rows: MEASURES.published, estimated: MEASURES.estimated },
  description:
    'Các chỉ tiêu du lịch (mã TO_…) của đơn vị trong kỳ. Lượt khách, ngày khách và doanh thu lấy từ bảng thống kê tháng, chỉ công bố cho cấp tỉnh ' +
    '(dưới cấp tỉnh là NO_DATA): một tháng được tính vào kỳ khi cả tháng nằm trong kỳ; mỗi tháng được công bố trước bằng số ước tính (ngày cuối tháng) ' +
    'rồi điều chỉnh thành số chính thức khoảng ba tuần sau, có tháng được điều chỉnh thêm lần nữa; kỳ còn tháng là số ước tính có trạng thái ESTIMATE. ' +
    'Cơ sở lưu trú, buồng và điểm du lịch là số tồn tại cuối kỳ theo sổ đăng ký, cộng dồn từ cấp xã; đọc "như đã công bố vào một ngày" thì là số theo sổ vào ngày đó ' +
    'nếu sớm hơn cuối kỳ (trạng thái theo ngày đó), không phụ thuộc vào bảng thống kê.',
};
