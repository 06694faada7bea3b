import type { Random } from '../../kit/seed/random.js';

const FAMILY: ReadonlyArray<readonly [string, number]> = [
  ['Nguyễn', 30], ['Trần', 10], ['Lê', 9], ['Phạm', 7], ['Huỳnh', 6], ['Võ', 6], ['Phan', 5], ['Hồ', 4],
  ['Trương', 3], ['Đặng', 3], ['Bùi', 3], ['Đỗ', 3], ['Ngô', 3], ['Đinh', 4], ['Dương', 2], ['Lý', 1],
];
const MIDDLE_MALE = ['Văn', 'Minh', 'Quang', 'Thanh', 'Hữu', 'Công', 'Ngọc', 'Gia', 'Anh', 'Đức'];
const MIDDLE_FEMALE = ['Thị', 'Ngọc', 'Thu', 'Kim', 'Thanh', 'Bảo', 'Khánh', 'Minh'];
const GIVEN_MALE = ['Huy', 'Khang', 'Bảo', 'Phúc', 'Nam', 'Khoa', 'Minh', 'Đạt', 'Tuấn', 'Hưng', 'Quân', 'Long', 'Thịnh', 'Nhân', 'Tài', 'Hải', 'Vinh', 'Sơn'];
const GIVEN_FEMALE = ['Anh', 'Vy', 'Ngân', 'Trâm', 'Nhi', 'Hân', 'Linh', 'Thảo', 'My', 'Như', 'Trang', 'Uyên', 'Hoa', 'Mai', 'Lan', 'Hương', 'Yến'];
/** Ba Na, Xơ Đăng and Gia Rai names in Kon Tum's mountains: A for boys, Y for girls, then the given name. */
const HIGHLAND_MALE = ['Thắng', 'Blông', 'Đoan', 'Hyưk', 'Khuân', 'Rin', 'Tôn', 'Vương', 'Dũng', 'Pênh'];
const HIGHLAND_FEMALE = ['Hlên', 'Nhơi', 'Blưk', 'Ngọc', 'Dung', 'Hoa', 'Bích', 'Thuyết', 'Miên', 'Lin'];

const digits = (random: Random, n: number) => Array.from({ length: n }, () => random.int(0, 9)).join('');

export interface SeedName {
  readonly name: string;
  readonly female: boolean;
}

/** A name, with sex; `highland` gives Kon Tum's minority naming to about half of the children. */
export function personName(random: Random, highland = false, female = random.chance(0.49)): SeedName {
  if (highland && random.chance(0.5)) return { name: `${female ? 'Y' : 'A'} ${random.pick(female ? HIGHLAND_FEMALE : HIGHLAND_MALE)}`, female };
  const name = [random.weighted(FAMILY), random.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE), random.pick(female ? GIVEN_FEMALE : GIVEN_MALE)].join(' ');
  return { name, female };
}

/** A personal identification number: 0 + birth province, sex-and-century digit, year of birth, serial. */
export function idNumber(random: Random, province: string, female: boolean, born: number): string {
  const sexCentury = (born >= 2000 ? 2 : 0) + (female ? 1 : 0);
  return `0${province}${sexCentury}${String(born % 100).padStart(2, '0')}${digits(random, 6)}`;
}
