import type { Random } from '../../kit/seed/random.js';
import type { SeedHolder } from './seed-model.js';

const FAMILY: ReadonlyArray<readonly [string, number]> = [
  ['Nguyễn', 30], ['Trần', 10], ['Lê', 9], ['Phạm', 7], ['Huỳnh', 6], ['Võ', 6], ['Phan', 5], ['Hồ', 4],
  ['Trương', 3], ['Đặng', 3], ['Bùi', 3], ['Đỗ', 3], ['Ngô', 3], ['Đinh', 3], ['Dương', 2], ['Lý', 1],
];
const MIDDLE_MALE = ['Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Thanh', 'Hữu', 'Công', 'Ngọc'];
const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Kim', 'Thanh'];
const GIVEN_MALE = ['Hùng', 'Dũng', 'Tuấn', 'Hải', 'Nam', 'Sơn', 'Trung', 'Phúc', 'Lộc', 'Tài', 'Bình', 'Cường', 'Hòa', 'Tâm', 'Thành', 'Việt', 'Long'];
const GIVEN_FEMALE = ['Hoa', 'Lan', 'Hương', 'Mai', 'Hằng', 'Thảo', 'Nga', 'Hạnh', 'Trang', 'Xuân', 'Liên', 'Vân', 'Yến', 'Loan'];
const FIRMS = ['Thành Phát', 'Hòa Bình', 'Sông Trà', 'Thiên Ấn', 'Dung Quất', 'Vạn Tường', 'Đại Phát', 'An Khang', 'Phú Thịnh', 'Trà Khúc'];
const FOREST_FIRMS = ['Công ty TNHH MTV Lâm nghiệp Ba Tơ', 'Công ty TNHH MTV Lâm nghiệp Sơn Hà', 'Công ty Cổ phần Nông lâm nghiệp Quảng Ngãi'];

const digits = (random: Random, n: number) => Array.from({ length: n }, () => random.int(0, 9)).join('');

/** A household head or individual with a citizen ID (CCCD: 051 = Quảng Ngãi, then sex/century, year of birth). */
export function person(random: Random): Omit<SeedHolder, 'id'> {
  const female = random.chance(0.35);
  const born = random.int(1940, 2003);
  const sexCentury = (born >= 2000 ? 2 : 0) + (female ? 1 : 0);
  const name = [
    random.weighted(FAMILY),
    random.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE),
    random.pick(female ? GIVEN_FEMALE : GIVEN_MALE),
  ].join(' ');
  return { kind: 'HGD', name, idNumber: `051${sexCentury}${String(born % 100).padStart(2, '0')}${digits(random, 6)}` };
}

/** An organisation using land: forest boards and companies, with a Quảng Ngãi tax code (4300…). */
export function organisation(random: Random, purpose: string, districtName: string): Omit<SeedHolder, 'id'> {
  const name =
    purpose === 'RPH'
      ? `Ban quản lý rừng phòng hộ ${districtName}`
      : purpose === 'RSX'
        ? random.pick(FOREST_FIRMS)
        : `Công ty TNHH ${random.pick(['Xây dựng', 'Thương mại Dịch vụ', 'Sản xuất'])} ${random.pick(FIRMS)}`;
  return { kind: 'TCK', name, idNumber: `4300${digits(random, 6)}` };
}

/** Does this kind of land go to an organisation rather than a household? */
export function heldByOrganisation(random: Random, purpose: string): boolean {
  if (purpose === 'RPH') return true;
  if (purpose === 'RSX') return random.chance(0.3);
  if (purpose === 'TMD' || purpose === 'SKC' || purpose === 'SKK') return random.chance(0.6);
  return false;
}
