import type { Random } from '../../kit/seed/random.js';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Phan', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Trương', 'Đinh'];
const FAMILY_WEIGHTS = [30, 12, 12, 8, 9, 9, 5, 3, 3, 3, 3, 2, 2, 2, 3, 2];
const MIDDLE_MALE = ['Văn', 'Văn', 'Văn', 'Minh', 'Thanh', 'Hữu', 'Đức', 'Ngọc', 'Quang', 'Tấn'];
const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thanh', 'Kim'];
const GIVEN_MALE = ['Hùng', 'Dũng', 'Tâm', 'Sơn', 'Hải', 'Thành', 'Tuấn', 'Phước', 'Lộc', 'Long', 'Bình', 'An', 'Hòa', 'Trung', 'Quang', 'Nam', 'Vinh', 'Thắng', 'Tài', 'Cường', 'Mười', 'Ba', 'Tư', 'Sáu'];
const GIVEN_FEMALE = ['Lan', 'Hoa', 'Mai', 'Hương', 'Thu', 'Hạnh', 'Nga', 'Liên', 'Phượng', 'Tuyết'];
const PHONE_PREFIXES = ['090', '091', '093', '094', '096', '097', '098', '086', '035', '036', '037', '038', '039', '077', '079', '083', '084', '085', '088'];
const VESSEL_NAMES = ['Phước Lộc', 'Thành Công', 'Hải Đăng', 'Đại Phát', 'Tấn Phát', 'Bình An', 'Hưng Thịnh', 'Phú Quý', 'Thuận Phong', 'Hoàng Sa', 'Trường Sa', 'Kim Long', 'Hải Âu', 'Vạn Lợi', 'Quang Vinh', 'Sa Huỳnh', 'Nhật Tân', 'Đức Thắng', 'Thái Bình', 'Lộc Phát'];

export interface Owner {
  readonly name: string;
  /** 12-digit citizen ID (CCCD): birth province 051, sex-and-century digit, year of birth, serial. */
  readonly idNumber: string;
  readonly phone: string;
}

const digits = (random: Random, n: number) => Array.from({ length: n }, () => random.int(0, 9)).join('');

/** A vessel owner of coastal Quảng Ngãi: mostly men born 1955–1995. */
export function owner(random: Random): Owner {
  const female = random.chance(0.12);
  const family = random.weighted(FAMILY.map((f, i) => [f, FAMILY_WEIGHTS[i]!] as const));
  const middle = random.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE);
  const given = random.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
  const born = random.int(1955, 1995);
  const idNumber = `051${female ? 1 : 0}${String(born % 100).padStart(2, '0')}${digits(random, 6)}`;
  return { name: `${family} ${middle} ${given}`, idNumber, phone: `${random.pick(PHONE_PREFIXES)}${digits(random, 7)}` };
}

/** Small boats are often unnamed in the registry; larger ones carry a name and often a number. */
export function vesselName(random: Random, lengthMeters: number): string | null {
  if (lengthMeters < 12 && random.chance(0.6)) return null;
  const base = random.pick(VESSEL_NAMES);
  return random.chance(0.5) ? `${base} ${String(random.int(1, 99)).padStart(2, '0')}` : base;
}
