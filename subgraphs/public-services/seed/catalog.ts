/**
 * The demo procedure catalogue: fields (`LinhVuc`), about sixty procedures in the shape of the
 * province's published list, and the province departments. Procedure codes follow the national
 * database's pattern (1.00xxxx, 2.00xxxx) but are demo values, not a copy of the real catalogue.
 */

export type LegacyLevel = 'TINH' | 'HUYEN' | 'XA';

export const FIELDS: ReadonlyArray<readonly [code: string, name: string]> = [
  ['HT', 'Hộ tịch'],
  ['CT', 'Chứng thực'],
  ['BTXH', 'Bảo trợ xã hội'],
  ['NCC', 'Người có công'],
  ['DD', 'Đất đai'],
  ['XD', 'Hoạt động xây dựng'],
  ['HKD', 'Thành lập và hoạt động của hộ kinh doanh'],
  ['DKKD', 'Thành lập và hoạt động của doanh nghiệp'],
  ['DT', 'Đầu tư tại Việt Nam'],
  ['LLTP', 'Lý lịch tư pháp'],
  ['GT', 'Đường bộ'],
  ['LD', 'Việc làm'],
  ['YT', 'Khám bệnh, chữa bệnh và dược'],
  ['GD', 'Giáo dục và đào tạo'],
  ['CTH', 'Lưu thông hàng hóa trong nước'],
  ['MT', 'Môi trường'],
  ['NN', 'Nông nghiệp và thủy sản'],
  ['VH', 'Văn hóa, du lịch'],
  ['TDKT', 'Thi đua, khen thưởng'],
  ['TG', 'Tín ngưỡng, tôn giáo'],
];

export interface SeedProcedure {
  readonly code: string;
  readonly name: string;
  readonly field: string;
  readonly level: LegacyLevel;
  /** Legacy MucDoDVC: 4 fully online, 3 partly online, 2 information only. */
  readonly mucDo: 2 | 3 | 4;
  /** Working days; 0 is "within the day". */
  readonly days: number;
  /** Relative share of dossiers within its level. */
  readonly weight: number;
  /** No dossiers from this day on (the procedure moved to another sector's system). */
  readonly until?: string;
}

const p = (code: string, name: string, field: string, level: LegacyLevel, mucDo: 2 | 3 | 4, days: number, weight: number, until?: string): SeedProcedure => ({
  code,
  name,
  field,
  level,
  mucDo,
  days,
  weight,
  ...(until ? { until } : {}),
});

// Driving licences moved to the police on 2025-03-01: no dossiers here after that.
const POLICE_FROM = '2025-03-01';

export const PROCEDURES: readonly SeedProcedure[] = [
  p('1.001193', 'Đăng ký khai sinh', 'HT', 'XA', 4, 0, 10),
  p('1.000894', 'Đăng ký kết hôn', 'HT', 'XA', 3, 0, 3),
  p('1.000656', 'Đăng ký khai tử', 'HT', 'XA', 4, 0, 3),
  p('1.004873', 'Cấp bản sao trích lục hộ tịch', 'HT', 'XA', 4, 0, 4),
  p('1.001022', 'Đăng ký nhận cha, mẹ, con', 'HT', 'XA', 3, 3, 0.5),
  p('1.004859', 'Cấp Giấy xác nhận tình trạng hôn nhân', 'HT', 'XA', 4, 3, 5),
  p('1.000689', 'Thay đổi, cải chính, bổ sung thông tin hộ tịch', 'HT', 'XA', 3, 3, 1),
  p('1.001695', 'Đăng ký khai sinh có yếu tố nước ngoài', 'HT', 'HUYEN', 3, 15, 0.2),
  p('2.000528', 'Đăng ký kết hôn có yếu tố nước ngoài', 'HT', 'HUYEN', 3, 15, 0.2),
  p('2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'CT', 'XA', 3, 0, 8),
  p('2.000884', 'Chứng thực chữ ký trong các giấy tờ, văn bản', 'CT', 'XA', 3, 0, 3),
  p('2.001035', 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở', 'CT', 'XA', 2, 2, 2),
  p('2.000913', 'Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch', 'CT', 'HUYEN', 2, 2, 0.3),
  p('1.001776', 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng', 'BTXH', 'HUYEN', 3, 20, 2),
  p('2.000286', 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội', 'BTXH', 'HUYEN', 3, 7, 0.8),
  p('1.001731', 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật', 'BTXH', 'XA', 3, 25, 1),
  p('1.002271', 'Giải quyết chế độ mai táng phí đối với người có công với cách mạng', 'NCC', 'HUYEN', 3, 12, 0.5),
  p('1.002519', 'Giải quyết chế độ ưu đãi đối với thân nhân liệt sĩ', 'NCC', 'TINH', 2, 12, 0.3),
  p('1.004227', 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển nhượng, tặng cho, thừa kế', 'DD', 'HUYEN', 3, 10, 6),
  p('1.004203', 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận lần đầu', 'DD', 'HUYEN', 2, 30, 3),
  p('1.004238', 'Tách thửa hoặc hợp thửa đất', 'DD', 'HUYEN', 3, 15, 2),
  p('1.004217', 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 'DD', 'HUYEN', 3, 7, 2),
  p('1.004199', 'Chuyển mục đích sử dụng đất phải được phép đối với hộ gia đình, cá nhân', 'DD', 'HUYEN', 2, 15, 1),
  p('1.004269', 'Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất', 'DD', 'HUYEN', 4, 1, 3),
  p('1.001009', 'Giao đất, cho thuê đất đối với tổ chức', 'DD', 'TINH', 2, 20, 0.3),
  p('1.009994', 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', 'XD', 'HUYEN', 3, 15, 3),
  p('1.009995', 'Cấp giấy phép sửa chữa, cải tạo đối với nhà ở riêng lẻ', 'XD', 'HUYEN', 3, 15, 0.5),
  p('1.009972', 'Thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng', 'XD', 'TINH', 3, 30, 0.3),
  p('1.009974', 'Cấp giấy phép xây dựng mới đối với công trình cấp I, II', 'XD', 'TINH', 3, 20, 0.3),
  p('1.009928', 'Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III', 'XD', 'TINH', 4, 20, 0.4),
  p('2.000720', 'Đăng ký thành lập hộ kinh doanh', 'HKD', 'HUYEN', 4, 3, 3),
  p('2.000671', 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 'HKD', 'HUYEN', 4, 3, 1.5),
  p('2.000575', 'Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh', 'HKD', 'HUYEN', 4, 3, 0.7),
  p('1.010026', 'Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên', 'DKKD', 'TINH', 4, 3, 2),
  p('1.010027', 'Đăng ký thành lập công ty cổ phần', 'DKKD', 'TINH', 4, 3, 0.6),
  p('1.010030', 'Đăng ký thay đổi nội dung đăng ký doanh nghiệp', 'DKKD', 'TINH', 4, 3, 2),
  p('1.010033', 'Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo', 'DKKD', 'TINH', 4, 3, 0.6),
  p('1.010035', 'Giải thể doanh nghiệp', 'DKKD', 'TINH', 4, 5, 0.3),
  p('1.009645', 'Chấp thuận chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh', 'DT', 'TINH', 2, 35, 0.15),
  p('1.009646', 'Điều chỉnh dự án đầu tư thuộc thẩm quyền chấp thuận của Ủy ban nhân dân cấp tỉnh', 'DT', 'TINH', 3, 25, 0.15),
  p('2.000488', 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam', 'LLTP', 'TINH', 4, 10, 4),
  p('2.000505', 'Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng', 'LLTP', 'TINH', 3, 10, 0.3),
  p('1.002809', 'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp', 'GT', 'TINH', 4, 5, 4, POLICE_FROM),
  p('1.002804', 'Cấp lại giấy phép lái xe', 'GT', 'TINH', 4, 5, 1, POLICE_FROM),
  p('1.001765', 'Cấp phù hiệu xe ô tô kinh doanh vận tải', 'GT', 'TINH', 4, 2, 1),
  p('1.002856', 'Cấp giấy phép liên vận Việt Nam – Lào', 'GT', 'TINH', 3, 2, 0.2),
  p('1.001978', 'Giải quyết hưởng trợ cấp thất nghiệp', 'LD', 'TINH', 3, 20, 3),
  p('1.000459', 'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', 'LD', 'TINH', 4, 5, 0.3),
  p('1.004616', 'Cấp mới giấy phép hành nghề khám bệnh, chữa bệnh', 'YT', 'TINH', 3, 20, 0.5),
  p('1.003531', 'Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược', 'YT', 'TINH', 3, 30, 0.3),
  p('1.001826', 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'YT', 'TINH', 3, 15, 0.4),
  p('1.005092', 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc', 'GD', 'TINH', 4, 1, 0.8),
  p('1.001000', 'Chỉnh sửa nội dung văn bằng, chứng chỉ', 'GD', 'TINH', 3, 5, 0.2),
  p('1.004494', 'Cho phép trường tiểu học hoạt động giáo dục', 'GD', 'HUYEN', 2, 20, 0.05),
  p('1.006390', 'Chuyển trường đối với học sinh trung học cơ sở', 'GD', 'HUYEN', 4, 3, 0.5),
  p('2.000633', 'Cấp Giấy phép bán lẻ sản phẩm rượu', 'CTH', 'HUYEN', 4, 10, 0.5),
  p('2.000162', 'Cấp Giấy phép bán lẻ sản phẩm thuốc lá', 'CTH', 'TINH', 4, 15, 0.3),
  p('2.001283', 'Cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu', 'CTH', 'TINH', 3, 15, 0.15),
  p('1.010727', 'Cấp giấy phép môi trường', 'MT', 'TINH', 3, 30, 0.2),
  p('1.010728', 'Đăng ký môi trường', 'MT', 'HUYEN', 4, 5, 0.4),
  p('1.003605', 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông, lâm, thủy sản', 'NN', 'TINH', 3, 15, 0.3),
  p('1.004359', 'Cấp văn bản chấp thuận khai thác thủy sản (giấy phép khai thác thủy sản)', 'NN', 'TINH', 4, 6, 0.8),
  p('1.004692', 'Cấp Giấy chứng nhận đăng ký tàu cá', 'NN', 'TINH', 3, 3, 0.4),
  p('1.001029', 'Đăng ký tổ chức lễ hội', 'VH', 'TINH', 2, 15, 0.05),
  p('1.003635', 'Công nhận điểm du lịch', 'VH', 'TINH', 2, 30, 0.05),
  p('1.000963', 'Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke', 'VH', 'HUYEN', 3, 5, 0.2),
  p('1.000748', 'Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện', 'TDKT', 'HUYEN', 2, 20, 0.5),
  p('2.000374', 'Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'TDKT', 'TINH', 2, 20, 0.4),
  p('1.001109', 'Thông báo danh mục hoạt động tôn giáo đối với tổ chức có địa bàn hoạt động ở một huyện', 'TG', 'HUYEN', 2, 20, 0.05),
];

/** Entered twice by mistake in the catalogue and soft-deleted; no dossier refers to them. */
export const DELETED_PROCEDURES: readonly SeedProcedure[] = [
  p('1.001193-X', 'Đăng ký khai sinh (trùng)', 'HT', 'XA', 4, 0, 0),
  p('2.000488-X', 'Cấp Phiếu lý lịch tư pháp (trùng)', 'LLTP', 'TINH', 4, 10, 0),
];

export interface SeedDepartment {
  readonly code: string;
  readonly name: string;
  /** Fields it handles at province level. */
  readonly fields: readonly string[];
  /** First and last day it received dossiers (the March 2025 department mergers). */
  readonly from?: string;
  readonly until?: string;
}

const MERGED = '2025-02-28';
const MERGED_INTO = '2025-03-01';

export const DEPARTMENTS: readonly SeedDepartment[] = [
  { code: '000.00.01.H48', name: 'Sở Tư pháp', fields: ['LLTP', 'HT', 'CT'] },
  { code: '000.00.02.H48', name: 'Sở Kế hoạch và Đầu tư', fields: ['DKKD', 'DT'], until: MERGED },
  { code: '000.00.03.H48', name: 'Sở Tài chính', fields: ['DKKD', 'DT'], from: MERGED_INTO },
  { code: '000.00.04.H48', name: 'Sở Tài nguyên và Môi trường', fields: ['DD', 'MT'], until: MERGED },
  { code: '000.00.05.H48', name: 'Sở Nông nghiệp và Phát triển nông thôn', fields: ['NN'], until: MERGED },
  { code: '000.00.06.H48', name: 'Sở Nông nghiệp và Môi trường', fields: ['DD', 'MT', 'NN'], from: MERGED_INTO },
  { code: '000.00.07.H48', name: 'Sở Giao thông vận tải', fields: ['GT'], until: MERGED },
  { code: '000.00.08.H48', name: 'Sở Xây dựng', fields: ['XD', 'GT'] },
  { code: '000.00.09.H48', name: 'Sở Lao động – Thương binh và Xã hội', fields: ['LD', 'NCC', 'BTXH'], until: MERGED },
  { code: '000.00.10.H48', name: 'Sở Nội vụ', fields: ['TDKT', 'TG', 'LD', 'NCC', 'BTXH'] },
  { code: '000.00.11.H48', name: 'Sở Y tế', fields: ['YT'] },
  { code: '000.00.12.H48', name: 'Sở Giáo dục và Đào tạo', fields: ['GD'] },
  { code: '000.00.13.H48', name: 'Sở Công Thương', fields: ['CTH'] },
  { code: '000.00.14.H48', name: 'Sở Văn hóa, Thể thao và Du lịch', fields: ['VH'] },
];

/** The department receiving a province-level dossier of `field` on `day`. */
export function departmentFor(field: string, day: string): SeedDepartment {
  const found = DEPARTMENTS.find((d) => d.fields.includes(field) && (d.from ?? '') <= day && (d.until ?? '9999') >= day);
  if (!found) throw new Error(`seed catalogue: no department handles ${field} on ${day}`);
  return found;
}
