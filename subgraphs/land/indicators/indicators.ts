import { rate, total, type IndicatorSet, type IndicatorSpec } from '../../kit/indicators/indicator-spec.js';
import { NEW_QUANG_NGAI, OLD_KON_TUM, OLD_QUANG_NGAI } from '../../../reference/admin-units/reference-units.js';

/**
 * Main use purposes shown as their own area indicator (`LA_AREA_<code>`); every other purpose goes
 * into LA_AREA_OTHER, so the groups add up to LA_AREA_TOTAL.
 */
export const AREA_GROUPS: ReadonlyArray<{ readonly code: string; readonly name: string }> = [
  { code: 'ONT', name: 'đất ở tại nông thôn' },
  { code: 'ODT', name: 'đất ở tại đô thị' },
  { code: 'LUC', name: 'đất chuyên trồng lúa' },
  { code: 'LUK', name: 'đất trồng lúa còn lại' },
  { code: 'HNK', name: 'đất trồng cây hằng năm khác' },
  { code: 'CLN', name: 'đất trồng cây lâu năm' },
  { code: 'RSX', name: 'đất rừng sản xuất' },
  { code: 'RPH', name: 'đất rừng phòng hộ' },
  { code: 'NTS', name: 'đất nuôi trồng thủy sản' },
  { code: 'TMD', name: 'đất thương mại, dịch vụ' },
  { code: 'SKC', name: 'đất cơ sở sản xuất phi nông nghiệp' },
  { code: 'DGT', name: 'đất công trình giao thông' },
];

/** Measure column names the repository returns, one per additive sum. */
export const areaMeasure = (code: string) => `area_${code.toLowerCase()}`;
export const AREA_OTHER = 'area_other';

const SPECS: readonly IndicatorSpec[] = [
  total('LA_CERT_ISSUED', 'Giấy chứng nhận đã cấp trong kỳ', 'giấy', 'cert_total'),
  total('LA_CERT_FIRST_ISSUE', 'Giấy chứng nhận cấp lần đầu trong kỳ', 'giấy', 'cert_first'),
  total('LA_CERT_REISSUED', 'Giấy chứng nhận cấp mới do đăng ký biến động trong kỳ', 'giấy', 'cert_reissue'),
  total('LA_PARCELS', 'Số thửa đất trong sổ địa chính đến cuối kỳ', 'thửa', 'parcels'),
  total('LA_AREA_TOTAL', 'Tổng diện tích các thửa đất đã đăng ký đến cuối kỳ', 'ha', 'area_total'),
  ...AREA_GROUPS.map((g) => total(`LA_AREA_${g.code}`, `Diện tích ${g.name} (${g.code}) đã đăng ký đến cuối kỳ`, 'ha', areaMeasure(g.code))),
  total('LA_AREA_OTHER', 'Diện tích các loại đất khác đã đăng ký đến cuối kỳ', 'ha', AREA_OTHER),
  total('LA_CHANGE_RECEIVED', 'Hồ sơ đăng ký biến động tiếp nhận trong kỳ', 'hồ sơ', 'change_received'),
  total('LA_CHANGE_FINISHED', 'Hồ sơ đăng ký biến động đã giải quyết trong kỳ', 'hồ sơ', 'change_finished'),
  total('LA_CHANGE_ON_TIME', 'Hồ sơ đăng ký biến động giải quyết đúng hạn trong kỳ', 'hồ sơ', 'change_on_time'),
  total('LA_CHANGE_LATE', 'Hồ sơ đăng ký biến động giải quyết trễ hạn trong kỳ', 'hồ sơ', 'change_late'),
  rate('LA_CHANGE_ON_TIME_RATE', 'Tỷ lệ hồ sơ đăng ký biến động giải quyết đúng hạn', 'change_on_time', 'change_finished'),
  total('LA_DISPUTED_PARCELS', 'Thửa đất đang có tranh chấp tại cuối kỳ', 'thửa', 'disputed_parcels'),
  total('LA_DISPUTES_RECEIVED', 'Đơn tranh chấp đất đai tiếp nhận trong kỳ', 'vụ', 'dispute_received'),
];

/** The sector's indicators, declared once: the kit's `indicators` field and docs/indicators.md read it. */
export const INDICATORS: IndicatorSet = {
  source: 'Cơ sở dữ liệu đất đai tỉnh (hệ thống thông tin đất đai MPLIS)',
  // The land registry as the demo seeds it: old Quảng Ngãi and old Kon Tum (its register taken over
  // at the merger), so the whole new province, since 2023-01-01.
  coverage: { areas: [OLD_QUANG_NGAI, OLD_KON_TUM, NEW_QUANG_NGAI], since: '2023-01-01' },
  specs: SPECS,
  description: 'Các chỉ tiêu đất đai (mã LA_…) của đơn vị trong kỳ; chỉ tiêu diện tích và số thửa là số tồn tại cuối kỳ.',
};
