/**
 * The lookup rows of the cadastral system (codes per Circular 08/2024/TT-BTNMT where one exists).
 * Shared by the migration that loads them, the demo seed, which draws codes from them, and the
 * repositories, which translate codes with them.
 */

/** Land group (nhóm đất): NNP agricultural, PNN non-agricultural, CSD unused. */
export type LandGroupCode = 'NNP' | 'PNN' | 'CSD';

export const USE_PURPOSES: ReadonlyArray<{ MAMDSD: string; TENMDSD: string; MANHOMDAT: LandGroupCode }> = [
  { MAMDSD: 'LUC', TENMDSD: 'Đất chuyên trồng lúa', MANHOMDAT: 'NNP' },
  { MAMDSD: 'LUK', TENMDSD: 'Đất trồng lúa còn lại', MANHOMDAT: 'NNP' },
  { MAMDSD: 'HNK', TENMDSD: 'Đất trồng cây hằng năm khác', MANHOMDAT: 'NNP' },
  { MAMDSD: 'CLN', TENMDSD: 'Đất trồng cây lâu năm', MANHOMDAT: 'NNP' },
  { MAMDSD: 'RSX', TENMDSD: 'Đất rừng sản xuất', MANHOMDAT: 'NNP' },
  { MAMDSD: 'RPH', TENMDSD: 'Đất rừng phòng hộ', MANHOMDAT: 'NNP' },
  { MAMDSD: 'RDD', TENMDSD: 'Đất rừng đặc dụng', MANHOMDAT: 'NNP' },
  { MAMDSD: 'NTS', TENMDSD: 'Đất nuôi trồng thủy sản', MANHOMDAT: 'NNP' },
  { MAMDSD: 'LMU', TENMDSD: 'Đất làm muối', MANHOMDAT: 'NNP' },
  { MAMDSD: 'NKH', TENMDSD: 'Đất nông nghiệp khác', MANHOMDAT: 'NNP' },
  { MAMDSD: 'ONT', TENMDSD: 'Đất ở tại nông thôn', MANHOMDAT: 'PNN' },
  { MAMDSD: 'ODT', TENMDSD: 'Đất ở tại đô thị', MANHOMDAT: 'PNN' },
  { MAMDSD: 'TSC', TENMDSD: 'Đất xây dựng trụ sở cơ quan', MANHOMDAT: 'PNN' },
  { MAMDSD: 'CQP', TENMDSD: 'Đất quốc phòng', MANHOMDAT: 'PNN' },
  { MAMDSD: 'CAN', TENMDSD: 'Đất an ninh', MANHOMDAT: 'PNN' },
  { MAMDSD: 'DGD', TENMDSD: 'Đất xây dựng cơ sở giáo dục và đào tạo', MANHOMDAT: 'PNN' },
  { MAMDSD: 'DYT', TENMDSD: 'Đất xây dựng cơ sở y tế', MANHOMDAT: 'PNN' },
  { MAMDSD: 'TMD', TENMDSD: 'Đất thương mại, dịch vụ', MANHOMDAT: 'PNN' },
  { MAMDSD: 'SKC', TENMDSD: 'Đất cơ sở sản xuất phi nông nghiệp', MANHOMDAT: 'PNN' },
  { MAMDSD: 'SKK', TENMDSD: 'Đất khu công nghiệp', MANHOMDAT: 'PNN' },
  { MAMDSD: 'DGT', TENMDSD: 'Đất công trình giao thông', MANHOMDAT: 'PNN' },
  { MAMDSD: 'DTL', TENMDSD: 'Đất công trình thủy lợi', MANHOMDAT: 'PNN' },
  { MAMDSD: 'NTD', TENMDSD: 'Đất nghĩa trang, nhà tang lễ, cơ sở hỏa táng', MANHOMDAT: 'PNN' },
  { MAMDSD: 'TON', TENMDSD: 'Đất tôn giáo', MANHOMDAT: 'PNN' },
  { MAMDSD: 'SON', TENMDSD: 'Đất sông, ngòi, kênh, rạch, suối', MANHOMDAT: 'PNN' },
  { MAMDSD: 'MNC', TENMDSD: 'Đất có mặt nước chuyên dùng', MANHOMDAT: 'PNN' },
  { MAMDSD: 'BCS', TENMDSD: 'Đất bằng chưa sử dụng', MANHOMDAT: 'CSD' },
  { MAMDSD: 'DCS', TENMDSD: 'Đất đồi núi chưa sử dụng', MANHOMDAT: 'CSD' },
  { MAMDSD: 'NCS', TENMDSD: 'Núi đá không có rừng cây', MANHOMDAT: 'CSD' },
];

/** How a certificate (giấy chứng nhận) was issued. */
export const CERTIFICATE_KINDS = [
  { MAHINHTHUC: '01', TENHINHTHUC: 'Cấp lần đầu' },
  { MAHINHTHUC: '02', TENHINHTHUC: 'Cấp mới do đăng ký biến động (chuyển quyền, tách thửa, đo đạc lại, …)' },
] as const;

/** Change registrations (đăng ký biến động) and their statutory processing time in days. */
export const CHANGE_KINDS = [
  { MALOAIBIENDONG: '01', TENLOAIBIENDONG: 'Chuyển nhượng quyền sử dụng đất', SONGAYGIAIQUYET: 10 },
  { MALOAIBIENDONG: '02', TENLOAIBIENDONG: 'Tặng cho quyền sử dụng đất', SONGAYGIAIQUYET: 10 },
  { MALOAIBIENDONG: '03', TENLOAIBIENDONG: 'Thừa kế quyền sử dụng đất', SONGAYGIAIQUYET: 10 },
  { MALOAIBIENDONG: '04', TENLOAIBIENDONG: 'Đăng ký thế chấp', SONGAYGIAIQUYET: 3 },
  { MALOAIBIENDONG: '05', TENLOAIBIENDONG: 'Xóa đăng ký thế chấp', SONGAYGIAIQUYET: 3 },
  { MALOAIBIENDONG: '06', TENLOAIBIENDONG: 'Tách thửa, hợp thửa', SONGAYGIAIQUYET: 15 },
  { MALOAIBIENDONG: '07', TENLOAIBIENDONG: 'Chuyển mục đích sử dụng đất', SONGAYGIAIQUYET: 15 },
  { MALOAIBIENDONG: '08', TENLOAIBIENDONG: 'Đính chính giấy chứng nhận', SONGAYGIAIQUYET: 10 },
  { MALOAIBIENDONG: '09', TENLOAIBIENDONG: 'Cấp đổi giấy chứng nhận do đo đạc lại bản đồ địa chính', SONGAYGIAIQUYET: 7 },
] as const;

/** The change registration a certificate exchange after a cadastral re-survey is filed as. */
export const RESURVEY_EXCHANGE = '09';

/** Where a land dispute (tranh chấp đất đai) stands; only 01 is still open. */
export const DISPUTE_STATUSES = [
  { MATRANGTHAI: '01', TENTRANGTHAI: 'Đang giải quyết' },
  { MATRANGTHAI: '02', TENTRANGTHAI: 'Hòa giải thành' },
  { MATRANGTHAI: '03', TENTRANGTHAI: 'Đã có quyết định giải quyết' },
  { MATRANGTHAI: '04', TENTRANGTHAI: 'Rút đơn' },
] as const;

export type DisputeStatusName = 'OPEN' | 'MEDIATED' | 'DECIDED' | 'WITHDRAWN';

/** DC_TRANGTHAITRANHCHAP codes ↔ the GraphQL status. */
export const DISPUTE_STATUS_CODES: Readonly<Record<DisputeStatusName, string>> = {
  OPEN: '01',
  MEDIATED: '02',
  DECIDED: '03',
  WITHDRAWN: '04',
};

export const disputeStatusOf = (code: string): DisputeStatusName =>
  (Object.entries(DISPUTE_STATUS_CODES).find(([, c]) => c === code)?.[0] as DisputeStatusName | undefined) ?? 'OPEN';

/** DC_HINHTHUCCAP codes: 01 first issue, 02 issued anew after a registered change. */
export type CertificateKindCode = '01' | '02';
