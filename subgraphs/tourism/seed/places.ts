import { oldDistricts, oldUnitsOf, successorsOf } from '../../../reference/admin-units/reference-units.js';
import { isUrban, shortUnitName } from '../../../reference/admin-units/old-units.js';
import type { AccommodationTypeCode, RankingName, AttractionTypeCode } from '../lookups/codes.js';

/** Where tourism happens in the two old provinces, per old district: how much and of what kind. */
export interface DistrictProfile {
  /** Accommodation establishments at scale 1 (operating or not, over the whole register). */
  readonly establishments: number;
  /** Relative weights of the kinds of establishment. */
  readonly mix: Readonly<Partial<Record<AccommodationTypeCode, number>>>;
  /** Share of the district's communes that have any establishment. */
  readonly spread: number;
  /** The city and the big resorts have the star-rated hotels. */
  readonly upmarket: boolean;
  /** Templated attractions added to the named ones. */
  readonly attractions: number;
  readonly coastal: boolean;
}

const CITY = { '01': 6, '04': 3, '03': 1, '05': 1 };
const BEACH = { '01': 3, '04': 3, '05': 3, '02': 1 };
const ISLAND = { '05': 6, '04': 2, '01': 1 };
const HIGHLAND_RESORT = { '05': 4, '02': 3, '01': 2, '06': 1 };
const UPLAND = { '04': 4, '05': 3, '01': 2 };
const PLAIN = { '04': 4, '01': 3, '05': 1 };

/**
 * The old districts of old Quảng Ngãi (51) and old Kon Tum (62). Quảng Ngãi city, the Lý Sơn island
 * homestays and the Sa Huỳnh and Dung Quất coast hold most rooms; in Kon Tum, the city and the Măng Đen
 * highland resort (Kon Plông). Every district has some, so province = Σ districts is meaningful.
 */
export const DISTRICTS: Readonly<Record<string, DistrictProfile>> = {
  '522': { establishments: 180, mix: CITY, spread: 0.7, upmarket: true, attractions: 4, coastal: true },
  '524': { establishments: 54, mix: BEACH, spread: 0.4, upmarket: true, attractions: 3, coastal: true },
  '525': { establishments: 11, mix: UPLAND, spread: 0.3, upmarket: false, attractions: 2, coastal: false },
  '527': { establishments: 27, mix: PLAIN, spread: 0.4, upmarket: false, attractions: 2, coastal: false },
  '528': { establishments: 27, mix: PLAIN, spread: 0.4, upmarket: false, attractions: 2, coastal: true },
  '529': { establishments: 11, mix: UPLAND, spread: 0.3, upmarket: false, attractions: 2, coastal: false },
  '530': { establishments: 7, mix: UPLAND, spread: 0.3, upmarket: false, attractions: 1, coastal: false },
  '531': { establishments: 9, mix: UPLAND, spread: 0.4, upmarket: false, attractions: 1, coastal: false },
  '532': { establishments: 14, mix: PLAIN, spread: 0.3, upmarket: false, attractions: 2, coastal: false },
  '533': { establishments: 27, mix: BEACH, spread: 0.4, upmarket: false, attractions: 2, coastal: true },
  '534': { establishments: 54, mix: BEACH, spread: 0.5, upmarket: true, attractions: 3, coastal: true },
  '535': { establishments: 14, mix: UPLAND, spread: 0.3, upmarket: false, attractions: 2, coastal: false },
  '536': { establishments: 108, mix: ISLAND, spread: 1, upmarket: false, attractions: 2, coastal: true },
  '608': { establishments: 126, mix: CITY, spread: 0.6, upmarket: true, attractions: 4, coastal: false },
  '610': { establishments: 11, mix: UPLAND, spread: 0.3, upmarket: false, attractions: 2, coastal: false },
  '611': { establishments: 27, mix: PLAIN, spread: 0.4, upmarket: false, attractions: 2, coastal: false },
  '612': { establishments: 18, mix: PLAIN, spread: 0.4, upmarket: false, attractions: 2, coastal: false },
  '613': { establishments: 108, mix: HIGHLAND_RESORT, spread: 0.6, upmarket: true, attractions: 3, coastal: false },
  '614': { establishments: 9, mix: UPLAND, spread: 0.3, upmarket: false, attractions: 1, coastal: false },
  '615': { establishments: 14, mix: PLAIN, spread: 0.3, upmarket: false, attractions: 2, coastal: false },
  '616': { establishments: 11, mix: UPLAND, spread: 0.3, upmarket: false, attractions: 2, coastal: false },
  '617': { establishments: 7, mix: UPLAND, spread: 0.3, upmarket: false, attractions: 1, coastal: false },
  '618': { establishments: 5, mix: UPLAND, spread: 0.5, upmarket: false, attractions: 1, coastal: false },
};

/** An old commune (or Lý Sơn, a district without communes) and the new commune that carries its records from 2025-07-01. */
export interface SeedCommune {
  readonly code: string;
  readonly name: string;
  readonly district: string;
  readonly urban: boolean;
  readonly successor: string;
}

/** The old communes of both old provinces, per old district, from the shipped reference and lineage. */
export function seedCommunes(): ReadonlyMap<string, SeedCommune[]> {
  const byDistrict = new Map<string, SeedCommune[]>();
  for (const district of [...oldDistricts('51'), ...oldDistricts('62')]) {
    if (!DISTRICTS[district.code]) throw new Error(`tourism seed: no profile for old district ${district.code}`);
    byDistrict.set(
      district.code,
      oldUnitsOf(district).map((u) => ({ code: u.code, name: shortUnitName(u.name), district: district.code, urban: isUrban(u), successor: successorsOf(u.code)[0]! })),
    );
  }
  return byDistrict;
}

/** A well-known attraction of the two provinces; `near` names the old commune it lies in, when the reference has it. */
export interface NamedAttraction {
  readonly district: string;
  readonly near?: string;
  readonly name: string;
  readonly type: AttractionTypeCode;
  readonly ranking: RankingName;
  readonly recognizedOn: string;
}

/** The attractions every guide book names (rankings as the demo keeps them, a scaled sample). */
export const NAMED_ATTRACTIONS: readonly NamedAttraction[] = [
  { district: '522', near: 'Tịnh Khê', name: 'Khu chứng tích Sơn Mỹ', type: 'DT', ranking: 'SPECIAL_NATIONAL', recognizedOn: '1979-08-11' },
  { district: '522', near: 'Tịnh Khê', name: 'Bãi biển Mỹ Khê', type: 'BB', ranking: 'UNRANKED', recognizedOn: '2012-05-20' },
  { district: '522', near: 'Tịnh Ấn Đông', name: 'Núi Thiên Ấn và chùa Thiên Ấn', type: 'DL', ranking: 'NATIONAL', recognizedOn: '1990-08-07' },
  { district: '522', near: 'Tịnh Châu', name: 'Thành cổ Châu Sa', type: 'DT', ranking: 'NATIONAL', recognizedOn: '1994-02-16' },
  { district: '522', near: 'Trần Hưng Đạo', name: 'Núi Thiên Bút', type: 'DL', ranking: 'PROVINCIAL', recognizedOn: '2008-03-12' },
  { district: '524', name: 'Bãi biển Khe Hai', type: 'BB', ranking: 'UNRANKED', recognizedOn: '2016-06-01' },
  { district: '524', name: 'Di tích Vạn Tường', type: 'DT', ranking: 'NATIONAL', recognizedOn: '1993-01-20' },
  { district: '524', name: 'Bãi biển Châu Tân', type: 'BB', ranking: 'UNRANKED', recognizedOn: '2019-04-15' },
  { district: '525', name: 'Di tích khởi nghĩa Trà Bồng', type: 'DT', ranking: 'NATIONAL', recognizedOn: '2000-12-25' },
  { district: '525', name: 'Khu sinh thái Cà Đam', type: 'ST', ranking: 'UNRANKED', recognizedOn: '2023-09-14' },
  { district: '527', name: 'Di tích Trường Lũy', type: 'DT', ranking: 'NATIONAL', recognizedOn: '2011-04-08' },
  { district: '528', name: 'Làng nghề tỏi, hành Nghĩa Hà', type: 'CD', ranking: 'UNRANKED', recognizedOn: '2018-10-10' },
  { district: '529', name: 'Di tích khởi nghĩa Sơn Hà', type: 'DT', ranking: 'PROVINCIAL', recognizedOn: '2004-07-01' },
  { district: '530', name: 'Làng du lịch cộng đồng Ca Dong', type: 'CD', ranking: 'UNRANKED', recognizedOn: '2024-03-20' },
  { district: '531', name: 'Thác Trắng', type: 'DL', ranking: 'PROVINCIAL', recognizedOn: '2006-11-30' },
  { district: '532', name: 'Núi Đất', type: 'DT', ranking: 'PROVINCIAL', recognizedOn: '2001-05-19' },
  { district: '533', name: 'Khu lưu niệm Phạm Văn Đồng', type: 'DT', ranking: 'NATIONAL', recognizedOn: '2008-12-15' },
  { district: '533', name: 'Bãi biển Đức Minh', type: 'BB', ranking: 'UNRANKED', recognizedOn: '2015-07-01' },
  { district: '534', near: 'Phổ Thạnh', name: 'Bãi biển Sa Huỳnh', type: 'BB', ranking: 'UNRANKED', recognizedOn: '2010-06-01' },
  { district: '534', near: 'Phổ Thạnh', name: 'Di chỉ văn hóa Sa Huỳnh', type: 'DT', ranking: 'NATIONAL', recognizedOn: '1998-07-15' },
  { district: '534', name: 'Đặng Thùy Trâm - nơi bác sĩ hy sinh', type: 'DT', ranking: 'PROVINCIAL', recognizedOn: '2007-10-17' },
  { district: '535', near: 'Ba Tơ', name: 'Di tích khởi nghĩa Ba Tơ', type: 'DT', ranking: 'SPECIAL_NATIONAL', recognizedOn: '1993-07-02' },
  { district: '536', name: 'Chùa Hang', type: 'DT', ranking: 'NATIONAL', recognizedOn: '1994-11-18' },
  { district: '536', name: 'Cổng Tò Vò', type: 'DL', ranking: 'UNRANKED', recognizedOn: '2014-08-01' },
  { district: '536', name: 'Âm Linh Tự và nhà trưng bày Hải đội Hoàng Sa kiêm quản Bắc Hải', type: 'DT', ranking: 'NATIONAL', recognizedOn: '2007-12-28' },
  { district: '536', name: 'Đỉnh Thới Lới', type: 'DL', ranking: 'PROVINCIAL', recognizedOn: '2013-04-22' },
  { district: '536', name: 'Đảo Bé (Bãi biển An Bình)', type: 'BB', ranking: 'UNRANKED', recognizedOn: '2016-03-15' },
  { district: '608', near: 'Thắng Lợi', name: 'Nhà thờ gỗ Kon Tum', type: 'DT', ranking: 'PROVINCIAL', recognizedOn: '2009-01-12' },
  { district: '608', near: 'Quyết Thắng', name: 'Di tích Ngục Kon Tum', type: 'DT', ranking: 'SPECIAL_NATIONAL', recognizedOn: '1988-04-16' },
  { district: '608', near: 'Đắk Rơ Wa', name: 'Làng văn hóa du lịch cộng đồng Kon K\'Tu', type: 'CD', ranking: 'UNRANKED', recognizedOn: '2017-09-05' },
  { district: '608', near: 'Thống Nhất', name: 'Tòa Giám mục Kon Tum', type: 'DT', ranking: 'PROVINCIAL', recognizedOn: '2012-06-18' },
  { district: '610', name: 'Di tích Ngục Đắk Glei', type: 'DT', ranking: 'NATIONAL', recognizedOn: '1991-08-25' },
  { district: '610', name: 'Núi Ngọc Linh', type: 'ST', ranking: 'UNRANKED', recognizedOn: '2021-11-11' },
  { district: '611', name: 'Ngã ba Đông Dương (cột mốc ba biên giới)', type: 'DL', ranking: 'NATIONAL', recognizedOn: '2013-10-10' },
  { district: '611', name: 'Khu kinh tế cửa khẩu quốc tế Bờ Y', type: 'KDL', ranking: 'UNRANKED', recognizedOn: '2016-05-01' },
  { district: '612', name: 'Di tích chiến thắng Đắk Tô - Tân Cảnh', type: 'DT', ranking: 'NATIONAL', recognizedOn: '1996-03-12' },
  { district: '613', near: 'Măng Đen', name: 'Khu du lịch sinh thái Măng Đen', type: 'KDL', ranking: 'UNRANKED', recognizedOn: '2011-06-30' },
  { district: '613', name: 'Thác Pa Sỹ', type: 'DL', ranking: 'PROVINCIAL', recognizedOn: '2015-02-14' },
  { district: '613', near: 'Măng Đen', name: 'Hồ Đắk Ke', type: 'DL', ranking: 'UNRANKED', recognizedOn: '2018-08-08' },
  { district: '613', name: 'Làng du lịch cộng đồng Kon Pring', type: 'CD', ranking: 'UNRANKED', recognizedOn: '2023-12-01' },
  { district: '614', name: 'Căn cứ Khu ủy Khu V', type: 'DT', ranking: 'NATIONAL', recognizedOn: '2002-09-02' },
  { district: '615', name: 'Đồi cà phê Đắk Hà', type: 'ST', ranking: 'UNRANKED', recognizedOn: '2024-05-19' },
  { district: '616', name: 'Vườn quốc gia Chư Mom Ray', type: 'ST', ranking: 'UNRANKED', recognizedOn: '2002-07-12' },
  { district: '617', name: 'Di tích Đại hội Đảng bộ tỉnh Kon Tum lần thứ nhất', type: 'DT', ranking: 'NATIONAL', recognizedOn: '2010-02-03' },
  { district: '618', name: 'Lòng hồ thủy điện Sê San 4', type: 'DL', ranking: 'UNRANKED', recognizedOn: '2020-10-20' },
];

/** Words the demo names establishments and minor attractions with. */
export const NAME_WORDS = [
  'Bình Minh', 'Hoàng Gia', 'Biển Xanh', 'Hải Âu', 'Cát Vàng', 'Sông Trà', 'Thiên Ấn', 'Hoàng Sa', 'Trường Sa', 'An Bình',
  'Thanh Bình', 'Hoa Sen', 'Ánh Dương', 'Trường Sơn', 'Tây Nguyên', 'Đảo Ngọc', 'Gành Yến', 'Mây Ngàn', 'Thông Xanh', 'Đồi Thông',
  'Sương Mai', 'Phú Quý', 'Hồng Phúc', 'Phương Đông', 'Ngọc Lan', 'Hướng Dương', 'Sao Biển', 'Bãi Cát', 'Hoa Mai', 'Thiên Phú',
  'Kim Long', 'Đông Dương', 'Mỹ Khê', 'Sa Huỳnh', 'Ngọc Linh', 'Măng Đen', 'Hải Đăng', 'Cánh Buồm', 'Rặng Dừa', 'Gió Biển',
  'Lý Sơn Xanh', 'Bến Đá', 'Suối Mơ', 'Thảo Nguyên', 'Phố Núi', 'Hồ Tiêu', 'Cà Phê', 'Đại Dương', 'Vạn Tường', 'Núi Ấn',
];
