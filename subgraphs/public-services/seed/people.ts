import type { Random } from '../../kit/seed/random.js';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Phan', 'Trương', 'Bùi', 'Đặng', 'Đỗ', 'Ngô', 'Dương', 'Lý', 'Hồ', 'Đinh'];
const FAMILY_WEIGHTS = [30, 12, 10, 8, 8, 8, 5, 4, 4, 3, 3, 3, 2, 2, 4, 4];
const MIDDLE_MALE = ['Văn', 'Minh', 'Đức', 'Hữu', 'Quang', 'Thanh', 'Công', 'Ngọc'];
const MIDDLE_FEMALE = ['Thị', 'Ngọc', 'Thanh', 'Thu', 'Kim', 'Mỹ', 'Bích', 'Hồng'];
const GIVEN_MALE = ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Khánh', 'Long', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thắng', 'Tuấn', 'Việt'];
const GIVEN_FEMALE = ['Anh', 'Chi', 'Dung', 'Hà', 'Hoa', 'Hương', 'Lan', 'Linh', 'Mai', 'Nga', 'Ngân', 'Phương', 'Thảo', 'Trang', 'Vy', 'Yến'];
// The H're and Co people of the western districts mostly carry these family names.
const FAMILY_HIGHLAND = ['Đinh', 'Hồ', 'Phạm', 'Đinh Thị', 'Hồ Văn'];
const MOBILE_PREFIXES = [
  ...['032', '033', '034', '035', '036', '037', '038', '039', '086', '096', '097', '098'],
  ...['070', '076', '077', '078', '079', '089', '090', '093'],
  ...['081', '082', '083', '084', '085', '088', '091', '094'],
];

export interface SeedApplicant {
  name: string;
  idNumber: string | null;
  phone: string | null;
}

const digits = (random: Random, n: number) => Array.from({ length: n }, () => random.int(0, 9)).join('');

/**
 * A believable applicant: a Vietnamese name, a 12-digit citizen ID (place-of-birth province code,
 * then a century-and-sex digit and the two-digit birth year), a mobile number.
 */
export function applicant(random: Random, birthProvince: string, highland: boolean, year: number): SeedApplicant {
  const female = random.chance(0.48);
  const family = highland && random.chance(0.6) ? random.pick(FAMILY_HIGHLAND) : random.weighted(FAMILY.map((f, i) => [f, FAMILY_WEIGHTS[i]!] as const));
  const middle = family.includes(' ') ? '' : `${random.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE)} `;
  const name = `${family} ${middle}${random.pick(female ? GIVEN_FEMALE : GIVEN_MALE)}`;
  const born = year - random.int(18, 75);
  const centuryDigit = (born >= 2000 ? 2 : 0) + (female ? 1 : 0);
  const idNumber = random.chance(0.97) ? `0${birthProvince}${centuryDigit}${String(born % 100).padStart(2, '0')}${digits(random, 6)}` : null;
  const phone = random.chance(0.93) ? `${random.pick(MOBILE_PREFIXES)}${digits(random, 7)}` : null;
  return { name, idNumber, phone };
}
