import type { Random } from '../../kit/seed/random.js';
import type { SeedCommune } from './seed-units.js';

const FAMILY: ReadonlyArray<readonly [string, number]> = [
  ['Nguyễn', 30], ['Trần', 11], ['Lê', 10], ['Phạm', 7], ['Huỳnh', 7], ['Võ', 7], ['Phan', 5], ['Hồ', 4],
  ['Trương', 3], ['Đặng', 3], ['Bùi', 3], ['Đỗ', 3], ['Ngô', 3], ['Đinh', 2], ['Dương', 2], ['Lý', 1],
];
const MIDDLE_MALE = ['Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Thanh', 'Hữu', 'Công', 'Ngọc', 'Tấn', 'Gia'];
const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Kim', 'Thanh', 'Bảo', 'Khánh'];
const GIVEN_MALE = ['Hùng', 'Dũng', 'Tuấn', 'Hải', 'Nam', 'Sơn', 'Trung', 'Phúc', 'Lộc', 'Tài', 'Bình', 'Cường', 'Hòa', 'Tâm', 'Thành', 'Việt', 'Long', 'Khang', 'Bảo', 'Huy'];
const GIVEN_FEMALE = ['Hoa', 'Lan', 'Hương', 'Mai', 'Hằng', 'Thảo', 'Nga', 'Hạnh', 'Trang', 'Xuân', 'Liên', 'Vân', 'Yến', 'Loan', 'Vy', 'Ngân', 'Như', 'An'];
// Quảng Ngãi's western mountains (H're, Co, Ca Dong): Kinh-style names with the family names common there.
const HRE_FAMILY = ['Đinh', 'Đinh', 'Đinh', 'Hồ', 'Phạm', 'Hồ'];
const HRE_GIVEN_MALE = ['Rươi', 'Nhem', 'Mười', 'Vinh', 'Tư', 'Văn Bôn', 'Văn Hoàng', 'Văn Lai', 'Văn Siêng'];
const HRE_GIVEN_FEMALE = ['Thị Lành', 'Thị Mít', 'Thị Nga', 'Thị Hươn', 'Thị Bé', 'Thị Xinh'];
// Kon Tum's uplands (Xơ Đăng, Ba Na, Giẻ Triêng): "A" before a man's name, "Y" before a woman's.
const KT_MALE = ['Blông', 'Thuy', 'Hùng', 'Kiên', 'Sang', 'Dũng', 'Phiên', 'Rin', 'Nhoong', 'Khoa', 'Vương', 'Hyum', 'Bôi'];
const KT_FEMALE = ['Nhung', 'Hoa', 'Lan', 'Bé', 'Ngọc', 'Thuyết', 'Dĩ', 'Phương', 'Blich', 'Mai', 'Hằng', 'Nga'];
/** Birth provinces other than the two: Đà Nẵng, Quảng Nam, Bình Định, Gia Lai, Hồ Chí Minh City, Hà Nội. */
const ELSEWHERE = ['048', '049', '052', '064', '079', '001'];

const digits = (random: Random, n: number) => Array.from({ length: n }, () => random.int(0, 9)).join('');

/** A resident's full name, as customs differ between the plain and the uplands. */
export function fullName(random: Random, commune: SeedCommune, female: boolean): string {
  const { district } = commune;
  if (district.terrain === 'mountain' && district.province === '62' && random.chance(0.55)) {
    return `${female ? 'Y' : 'A'} ${random.pick(female ? KT_FEMALE : KT_MALE)}`;
  }
  if (district.terrain === 'mountain' && district.province === '51' && random.chance(0.6)) {
    return `${random.pick(HRE_FAMILY)} ${random.pick(female ? HRE_GIVEN_FEMALE : HRE_GIVEN_MALE)}`;
  }
  return [random.weighted(FAMILY), random.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE), random.pick(female ? GIVEN_FEMALE : GIVEN_MALE)].join(' ');
}

/**
 * A 12-digit personal identification number (số định danh cá nhân, on the citizen ID card): the
 * birth province (051 Quảng Ngãi, 062 Kon Tum, a few born elsewhere), a sex-and-century digit
 * (0/1 born in the 1900s, 2/3 in the 2000s; odd for women), the year of birth, then six digits.
 */
export function idNumber(random: Random, commune: SeedCommune, female: boolean, birthYear: number): string {
  const province = random.chance(0.05) ? random.pick(ELSEWHERE) : `0${commune.district.province}`;
  const sexCentury = (birthYear >= 2000 ? 2 : 0) + (female ? 1 : 0);
  return `${province}${sexCentury}${String(birthYear % 100).padStart(2, '0')}${digits(random, 6)}`;
}
