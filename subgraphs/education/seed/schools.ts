import { newCommunes } from '../../../reference/admin-units/reference-units.js';
import { shortUnitName, type Terrain } from '../../../reference/admin-units/old-units.js';
import type { IsoDate } from '../../kit/dates.js';
import type { Random } from '../../kit/seed/random.js';
import type { LevelCode, OwnershipCode } from '../lookups/codes.js';
import type { SeedPlace } from './places.js';
import type { SeedSchool, SeedState } from './seed-model.js';
import { REFORM_DATE } from '../../kit/indicators/period.js';

const PREFIX: Readonly<Record<LevelCode, string>> = { '01': 'Trường Mầm non', '02': 'Trường Tiểu học', '03': 'Trường THCS', '04': 'Trường THPT' };

/** Upper secondary schools are often named after people; the first of a district after the district. */
const THPT_NAMES = [
  'Lê Khiết', 'Trần Quốc Tuấn', 'Phạm Văn Đồng', 'Võ Nguyên Giáp', 'Nguyễn Công Trứ', 'Lê Quý Đôn', 'Chu Văn An', 'Huỳnh Thúc Kháng',
  'Trần Kỳ Phong', 'Ba Gia', 'Duy Tân', 'Ngô Mây', 'Nguyễn Huệ', 'Lương Thế Vinh', 'Phan Bội Châu', 'Trần Phú', 'Quang Trung', 'Lê Lợi',
  'Nguyễn Trãi', 'Đinh Tiên Hoàng', 'Lý Tự Trọng', 'Nguyễn Du', 'Trường Chinh', 'Nguyễn Văn Cừ', 'Võ Thị Sáu', 'Lê Hồng Phong',
];

/** Upper secondary schools per old district. */
const UPPER_SECONDARY: Readonly<Record<Terrain, number>> = { city: 3, lowland: 2, mountain: 1, island: 1 };

/** Share of public schools recognised as meeting the national standard, by terrain. */
const RECOGNISED: Readonly<Record<Terrain, number>> = { city: 0.6, lowland: 0.5, mountain: 0.3, island: 0.4 };

/** Schools whose founding the demo dates after 2023: one before the reform, two after it. */
const FOUNDED_LATE: ReadonlyArray<{ readonly place: string; readonly level: LevelCode; readonly on: IsoDate }> = [
  { place: '21016', level: '01', on: '2024-08-15' },
  { place: '23296', level: '02', on: '2025-08-20' },
  { place: '21307', level: '01', on: '2026-08-20' },
];

/** Small schools merged into a neighbour at the end of a school year. */
const CLOSINGS: readonly IsoDate[] = ['2024-08-01', '2024-08-01', '2025-08-01', '2025-08-01'];

const SECOND_SCHOOL_CHANCE = 0.55;

/**
 * The schools of the demo: a scaled sample of about one school per old commune (a second one in
 * wards and towns), upper secondary schools per district, a few private ones in the two cities,
 * four small schools merged away and three founded since 2024. `scale` multiplies the classes (and
 * so the students) and the staff of every school.
 */
export function seedSchools(random: Random, state: SeedState, places: readonly SeedPlace[], lastDay: IsoDate, scale = 1): void {
  const newNames = new Map(newCommunes('51').map((u) => [u.code, u.name]));
  const sequence = new Map<string, number>();
  const thptNames = { used: new Set<string>() };
  const add = (place: SeedPlace, level: LevelCode, options: { ownership?: OwnershipCode; foundedOn?: IsoDate; name?: string } = {}) => {
    const seq = (sequence.get(place.district) ?? 0) + 1;
    sequence.set(place.district, seq);
    const ownership = options.ownership ?? '01';
    const foundedOn = options.foundedOn ?? random.day('1976-08-15', '2015-08-15');
    const postReform = foundedOn >= REFORM_DATE;
    const recognised = ownership === '01' && !postReform && random.chance(RECOGNISED[place.terrain] + (level === '04' ? 0.1 : 0));
    const recognisedOn = recognised ? (random.chance(0.65) ? random.day('2022-01-10', '2023-08-31') : random.day('2023-09-05', '2026-10-31')) : null;
    const inForce = recognisedOn !== null && recognisedOn <= lastDay;
    const where = postReform ? `${newNames.get(place.successor) ?? place.fullName}, tỉnh Quảng Ngãi` : `${place.fullName}${place.fullName === place.districtName ? '' : `, ${place.districtName}`}`;
    const school: SeedSchool = {
      code: `${place.province}${place.district}${String(seq).padStart(3, '0')}`,
      name: options.name ?? `${PREFIX[level]} ${place.name}`,
      level,
      ownership,
      place,
      address: `${place.urban ? 'Tổ dân phố' : 'Thôn'} ${random.int(1, 9)}, ${where}`,
      foundedOn,
      closedOn: null,
      standardLevel: inForce ? (random.chance(0.2) ? 2 : 1) : 0,
      recognisedOn: inForce ? recognisedOn : null,
      postReform,
      classSlots: scale * (level === '04' ? 2 : random.chance(place.terrain === 'mountain' ? 0.6 : 0.45) ? 1 : 2),
      deleted: false,
    };
    state.schools.push(school);
    return school;
  };

  const byDistrict = new Map<string, SeedPlace[]>();
  for (const place of places) byDistrict.set(place.district, [...(byDistrict.get(place.district) ?? []), place]);
  for (const [, members] of byDistrict) {
    for (const place of members) {
      const level = random.weighted<LevelCode>([['01', 35], ['02', 40], ['03', 25]]);
      add(place, level);
      if ((place.urban || place.terrain === 'island') && random.chance(SECOND_SCHOOL_CHANCE)) {
        add(place, random.pick((['01', '02', '03'] as const).filter((l) => l !== level)));
      }
    }
    const seat = members.find((p) => p.urban) ?? members[0]!;
    const count = UPPER_SECONDARY[seat.terrain];
    for (let i = 0; i < count; i++) {
      const place = i === 0 ? seat : random.pick(members);
      const districtName = shortUnitName(seat.districtName);
      const name = i === 0 ? `Trường THPT ${districtName}` : `Trường THPT ${pickUnused(random, thptNames.used)}`;
      add(place, '04', { name });
    }
  }

  const find = (code: string) => places.find((p) => p.code === code)!;
  // Private and people-founded schools, in the two cities and the town of Đức Phổ.
  add(find('21022'), '01', { ownership: '02', name: 'Trường Mầm non tư thục Hoa Sen', foundedOn: '2012-08-20' });
  add(find('21010'), '01', { ownership: '02', name: 'Trường Mầm non tư thục Sao Mai', foundedOn: '2016-08-15' });
  add(find('21013'), '04', { ownership: '02', name: 'Trường THPT tư thục Hoàng Văn Thụ', foundedOn: '2008-08-10' });
  add(find('23281'), '01', { ownership: '02', name: 'Trường Mầm non tư thục Họa Mi', foundedOn: '2014-08-20' });
  add(find(places.find((p) => p.district === '534' && p.urban)!.code), '01', { ownership: '03', name: 'Trường Mầm non dân lập Tuổi Thơ', foundedOn: '2010-08-20' });

  for (const late of FOUNDED_LATE) {
    if (late.on <= lastDay) add(find(late.place), late.level, { foundedOn: late.on, name: `${PREFIX[late.level]} ${find(late.place).name} số 2` });
  }
  // Merged away: small public preschools and primary schools outside the cities.
  const small = state.schools.filter((s) => s.ownership === '01' && s.level !== '04' && s.place.terrain !== 'city' && s.foundedOn < '2023-01-01');
  for (const day of CLOSINGS) {
    const school = random.pick(small.filter((s) => s.closedOn === null));
    if (day <= lastDay) school.closedOn = day;
  }
}

function pickUnused(random: Random, used: Set<string>): string {
  const free = THPT_NAMES.filter((n) => !used.has(n));
  const name = free.length ? random.pick(free) : `${random.pick(THPT_NAMES)} ${used.size}`;
  used.add(name);
  return name;
}
