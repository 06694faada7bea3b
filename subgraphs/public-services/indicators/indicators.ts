import { rate, total, type IndicatorSet, type IndicatorSpec } from '../../kit/indicators/indicator-spec.js';
import { NEW_QUANG_NGAI, OLD_KON_TUM, OLD_QUANG_NGAI } from '../../../reference/admin-units/reference-units.js';

/**
 * The public-services indicators, in the spirit of the "tiến độ giải quyết" and "dịch vụ công
 * trực tuyến" groups of Decision 766/QĐ-TTg. Codes are stable; every value is a sum of per-unit
 * measures (see measure.repository.ts), so a province's figure is the sum of its districts'.
 */
const SPECS: readonly IndicatorSpec[] = [
  total('PS_RECEIVED', 'Số hồ sơ tiếp nhận trong kỳ', 'hồ sơ', 'received'),
  total('PS_RECEIVED_ONLINE', 'Số hồ sơ tiếp nhận trực tuyến trong kỳ', 'hồ sơ', 'received_online'),
  rate('PS_ONLINE_RATE', 'Tỷ lệ hồ sơ nộp trực tuyến', 'received_online', 'received'),
  total('PS_FINISHED', 'Số hồ sơ đã giải quyết, trả kết quả trong kỳ', 'hồ sơ', 'finished'),
  total('PS_FINISHED_AHEAD', 'Số hồ sơ giải quyết trước hạn', 'hồ sơ', 'finished_ahead'),
  total('PS_FINISHED_ON_TIME', 'Số hồ sơ giải quyết đúng hạn', 'hồ sơ', 'finished_on_time'),
  total('PS_FINISHED_LATE', 'Số hồ sơ giải quyết quá hạn', 'hồ sơ', 'finished_late'),
  rate('PS_ONTIME_RATE', 'Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn', 'finished_in_time', 'finished'),
  total('PS_IN_PROCESS', 'Số hồ sơ đang giải quyết cuối kỳ', 'hồ sơ', 'in_process'),
  total('PS_IN_PROCESS_NOT_DUE', 'Số hồ sơ đang giải quyết trong hạn cuối kỳ', 'hồ sơ', 'in_process_not_due'),
  total('PS_IN_PROCESS_OVERDUE', 'Số hồ sơ đang giải quyết quá hạn cuối kỳ', 'hồ sơ', 'in_process_overdue'),
];

/** The `indicators` field's description: what each code counts, for GraphiQL readers. */
const DESCRIPTION = [
  'Chỉ tiêu dịch vụ công của đơn vị trong kỳ (theo nhóm chỉ số tiến độ giải quyết và dịch vụ công trực tuyến của Quyết định 766/QĐ-TTg).',
  'PS_RECEIVED: hồ sơ tiếp nhận trong kỳ; PS_RECEIVED_ONLINE: trong đó nộp trực tuyến; PS_ONLINE_RATE = 100 × trực tuyến / tiếp nhận.',
  'PS_FINISHED: hồ sơ đã trả kết quả trong kỳ, gồm PS_FINISHED_AHEAD (trước ngày hẹn trả),',
  'PS_FINISHED_ON_TIME (trong ngày hẹn trả, không muộn hơn giờ hẹn) và PS_FINISHED_LATE (sau thời điểm hẹn trả);',
  'PS_ONTIME_RATE = 100 × (trước hạn + đúng hạn) / đã giải quyết. Hồ sơ trả lại hoặc rút không tính là đã giải quyết.',
  'PS_IN_PROCESS: hồ sơ chưa kết thúc tại cuối ngày cuối kỳ, gồm PS_IN_PROCESS_NOT_DUE (chưa đến hạn) và PS_IN_PROCESS_OVERDUE (đã quá hạn).',
  'Hồ sơ đã xóa không được tính. Số của tỉnh bằng tổng số của các đơn vị trực thuộc.',
].join(' ');

/** The sector's indicators, declared once: the kit's `indicators` field and docs/indicators.md read it. */
export const INDICATORS: IndicatorSet = {
  source: 'Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Quảng Ngãi',
  // The department's system as the demo seeds it: old Quảng Ngãi and old Kon Tum (its records taken
  // over at the merger), then the whole new province, since 2023-01-01.
  coverage: { areas: [OLD_QUANG_NGAI, OLD_KON_TUM, NEW_QUANG_NGAI], since: '2023-01-01' },
  specs: SPECS,
  description: DESCRIPTION,
};
