/**
 * The tourism statistics system's lookup codes (DL_LOAI… tables) and the English enums the API
 * shows for them. The migration writes the lookup tables from these lists, the demo seed draws codes
 * from them and the repositories translate with them, so a code means the same thing everywhere.
 */

/** Kinds of tourist accommodation of the Law on Tourism 2017, art. 48. */
export enum AccommodationType {
  HOTEL = 'HOTEL',
  TOURIST_VILLA = 'TOURIST_VILLA',
  TOURIST_APARTMENT = 'TOURIST_APARTMENT',
  GUEST_HOUSE = 'GUEST_HOUSE',
  HOMESTAY = 'HOMESTAY',
  CAMPSITE = 'CAMPSITE',
}

/** DL_LOAICSLT. */
export const ACCOMMODATION_TYPES = [
  { code: '01', value: AccommodationType.HOTEL, name: 'Khách sạn' },
  { code: '02', value: AccommodationType.TOURIST_VILLA, name: 'Biệt thự du lịch' },
  { code: '03', value: AccommodationType.TOURIST_APARTMENT, name: 'Căn hộ du lịch' },
  { code: '04', value: AccommodationType.GUEST_HOUSE, name: 'Nhà nghỉ du lịch' },
  { code: '05', value: AccommodationType.HOMESTAY, name: 'Nhà ở có phòng cho khách du lịch thuê (homestay)' },
  { code: '06', value: AccommodationType.CAMPSITE, name: 'Bãi cắm trại du lịch' },
] as const;

export type AccommodationTypeCode = (typeof ACCOMMODATION_TYPES)[number]['code'];

export const accommodationTypeOf = (code: string): AccommodationType => {
  const found = ACCOMMODATION_TYPES.find((t) => t.code === code);
  if (!found) throw new Error(`unknown DL_LOAICSLT code ${code}`);
  return found.value;
};

export const codeOfAccommodationType = (value: AccommodationType): AccommodationTypeCode => ACCOMMODATION_TYPES.find((t) => t.value === value)!.code;

/** Kinds of attraction (điểm du lịch) the department keeps. */
export enum AttractionType {
  HISTORICAL_SITE = 'HISTORICAL_SITE',
  SCENIC_SPOT = 'SCENIC_SPOT',
  BEACH = 'BEACH',
  ECOTOURISM = 'ECOTOURISM',
  COMMUNITY_TOURISM = 'COMMUNITY_TOURISM',
  TOURIST_AREA = 'TOURIST_AREA',
}

/** DL_LOAIDIEM. */
export const ATTRACTION_TYPES = [
  { code: 'DT', value: AttractionType.HISTORICAL_SITE, name: 'Di tích lịch sử - văn hóa' },
  { code: 'DL', value: AttractionType.SCENIC_SPOT, name: 'Danh lam thắng cảnh' },
  { code: 'BB', value: AttractionType.BEACH, name: 'Bãi biển' },
  { code: 'ST', value: AttractionType.ECOTOURISM, name: 'Du lịch sinh thái' },
  { code: 'CD', value: AttractionType.COMMUNITY_TOURISM, name: 'Làng văn hóa, du lịch cộng đồng' },
  { code: 'KDL', value: AttractionType.TOURIST_AREA, name: 'Khu du lịch' },
] as const;

export type AttractionTypeCode = (typeof ATTRACTION_TYPES)[number]['code'];

export const attractionTypeOf = (code: string): AttractionType => {
  const found = ATTRACTION_TYPES.find((t) => t.code === code);
  if (!found) throw new Error(`unknown DL_LOAIDIEM code ${code}`);
  return found.value;
};

export const codeOfAttractionType = (value: AttractionType): AttractionTypeCode => ATTRACTION_TYPES.find((t) => t.value === value)!.code;

/** How an attraction (a relic above all) is ranked: DL_DIEMDULICH.XEP_HANG. */
export enum AttractionRanking {
  SPECIAL_NATIONAL = 'SPECIAL_NATIONAL',
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  UNRANKED = 'UNRANKED',
}

/** A ranking as plain text (the seed's lists). */
export type RankingName = `${AttractionRanking}`;

/** XEP_HANG values: 3 quốc gia đặc biệt, 2 quốc gia, 1 cấp tỉnh, 0 chưa xếp hạng. */
export const RANKINGS: Readonly<Record<RankingName, number>> = {
  SPECIAL_NATIONAL: 3,
  NATIONAL: 2,
  PROVINCIAL: 1,
  UNRANKED: 0,
};

/** From XEP_HANG = 2 on, an attraction is ranked nationally. */
export const NATIONAL_RANK = RANKINGS.NATIONAL;

export const rankingOf = (rank: number): AttractionRanking =>
  (Object.entries(RANKINGS).find(([, r]) => r === Number(rank))?.[0] as AttractionRanking | undefined) ?? AttractionRanking.UNRANKED;
