import { rate, total, type IndicatorSet, type IndicatorSpec } from '../../kit/indicators/indicator-spec.js';
import { NEW_QUANG_NGAI, OLD_KON_TUM, OLD_QUANG_NGAI } from '../../../reference/admin-units/reference-units.js';

/**
 * The fisheries indicators an IOC shows. Fleet figures are a status at the end of the period
 * (vessels registered and not struck off by then, at sea by their last port check before then);
 * port checks and violations are counts of records within the period. All are additive per
 * recorded unit code; the rate is recomputed from its summed parts.
 */
/**
 * The VMS keeps position reports this many days; the signal-lost figure comes from the VMS centre's
 * signal-loss log (MATKETNOI_VMS), kept for good, so it has a value for any period.
 */
export const VMS_POSITIONS_KEPT_DAYS = 7;

const SPECS: readonly IndicatorSpec[] = [
  total('FI_VESSELS', 'Tàu cá đang đăng ký (cuối kỳ)', 'tàu', 'vessels'),
  total('FI_VESSELS_UNDER_12M', 'Tàu cá chiều dài dưới 12 m (cuối kỳ)', 'tàu', 'under_12m'),
  total('FI_VESSELS_12_15M', 'Tàu cá chiều dài từ 12 m đến dưới 15 m (cuối kỳ)', 'tàu', 'from_12_to_15m'),
  total('FI_VESSELS_15_24M', 'Tàu cá chiều dài từ 15 m đến dưới 24 m (cuối kỳ)', 'tàu', 'from_15_to_24m'),
  total('FI_VESSELS_24M_PLUS', 'Tàu cá chiều dài từ 24 m trở lên (cuối kỳ)', 'tàu', 'from_24m'),
  total('FI_VESSELS_15M_PLUS', 'Tàu cá chiều dài từ 15 m trở lên (cuối kỳ)', 'tàu', 'from_15m'),
  rate('FI_VMS_RATE', 'Tỷ lệ tàu cá từ 15 m trở lên đã lắp thiết bị giám sát hành trình (VMS)', 'vms_from_15m', 'from_15m'),
  total('FI_AT_SEA', 'Tàu cá từ 15 m trở lên đang hoạt động trên biển (cuối kỳ)', 'tàu', 'at_sea'),
  total('FI_IN_PORT', 'Tàu cá từ 15 m trở lên đang ở cảng, bến (cuối kỳ)', 'tàu', 'in_port'),
  total('FI_SIGNAL_LOST_6H', 'Tàu cá trên biển mất tín hiệu VMS quá 6 giờ (cuối kỳ)', 'tàu', 'signal_lost_6h'),
  total('FI_AT_SEA_OVER_10D', 'Tàu cá hoạt động trên biển quá 10 ngày (cuối kỳ)', 'tàu', 'at_sea_over_10d'),
  total('FI_PORT_CHECKS', 'Lượt kiểm soát tàu cá xuất, nhập bến trong kỳ', 'lượt', 'port_checks'),
  total('FI_VIOLATIONS', 'Vụ vi phạm của tàu cá được lập biên bản trong kỳ', 'vụ', 'violations'),
  total('FI_BOUNDARY_CROSSINGS', 'Vụ tàu cá vượt ranh giới vùng khai thác được phép trong kỳ', 'vụ', 'boundary_crossings'),
];

/** The sector's indicators, declared once: the kit's `indicators` field and docs/indicators.md read it. */
export const INDICATORS: IndicatorSet = {
  source: 'Cơ sở dữ liệu tàu cá và hệ thống giám sát tàu cá (VMS) tỉnh Quảng Ngãi',
  // The department's system as the demo seeds it: old Quảng Ngãi's sea-going fleet and old Kon Tum's
  // reservoir boats (its register taken over at the merger), so the whole new province, since 2023-01-01.
  coverage: { areas: [OLD_QUANG_NGAI, OLD_KON_TUM, NEW_QUANG_NGAI], since: '2023-01-01' },
  specs: SPECS,
  description: 'Các chỉ tiêu thủy sản (mã FI_…) của đơn vị trong kỳ; số tàu là tình trạng tại cuối kỳ, số lượt và số vụ là trong kỳ.',
};
