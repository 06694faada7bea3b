import type { Terrain } from '../../../reference/admin-units/old-units.js';
import { addDays, type IsoDate } from '../../kit/dates.js';
import type { Random } from '../../kit/seed/random.js';
import { LEVELS, QUALIFICATIONS, type LevelCode, type QualificationCode } from '../lookups/codes.js';
import { personName } from './people.js';
import type { SeedSchool, SeedState } from './seed-model.js';

/** Teachers a school of the scaled sample employs. */
const STAFF: Readonly<Record<LevelCode, number>> = { '01': 2, '02': 2, '03': 3, '04': 4 };
/** Share of teachers still below the training standard of the 2019 Education Law, before the terrain's factor. */
const BELOW_STANDARD: Readonly<Record<LevelCode, number>> = { '01': 0.12, '02': 0.2, '03': 0.1, '04': 0.01 };
const BELOW_FACTOR: Readonly<Record<Terrain, number>> = { city: 0.5, lowland: 1, island: 1.2, mountain: 1.7 };
/** Above the standard: a bachelor's degree for many preschool teachers, a master's now and then (a doctorate at upper secondary). */
const ABOVE: Readonly<Record<LevelCode, number>> = { '01': 0.45, '02': 0.03, '03': 0.06, '04': 0.15 };
const SUBJECTS = ['Toán', 'Ngữ văn', 'Tiếng Anh', 'Vật lý', 'Hóa học', 'Sinh học', 'Lịch sử', 'Địa lý', 'Tin học', 'Giáo dục thể chất', 'Khoa học tự nhiên'];
const HIRE = 0.2;
const LEAVE = 0.04;

/**
 * The teachers of every school: a staff hired over the years before the demo, a new teacher now and
 * then each August, and a few leaving (retiring, moving) each year; the staff of a merged school
 * leaves on the day it closes.
 */
export function seedTeachers(random: Random, state: SeedState, lastDay: IsoDate): void {
  for (const school of state.schools) {
    const founded = school.foundedOn > '1996-08-15' ? school.foundedOn : '1996-08-15';
    // The sample's staff, as many times over as the school has its sample's classes.
    const staff = STAFF[school.level] * Math.ceil(school.classSlots / 2);
    for (let i = 0; i < staff; i++) add(random, state, school, founded <= '2023-08-15' ? random.day(founded, '2023-08-15') : founded);
    for (const year of ['2024', '2025', '2026']) {
      const day = `${year}-08-15`;
      if (day <= lastDay && school.foundedOn <= day && (school.closedOn === null || school.closedOn > day) && random.chance(HIRE)) add(random, state, school, day);
    }
  }
  for (const teacher of state.teachers) {
    for (const year of ['2023', '2024', '2025', '2026']) {
      if (teacher.leftOn !== null || !random.chance(LEAVE)) continue;
      const day = random.day(`${year}-01-01`, `${year}-12-31`);
      if (day > teacher.startedOn && day <= lastDay) teacher.leftOn = day;
    }
    const closed = teacher.school.closedOn;
    if (closed !== null && (teacher.leftOn === null || teacher.leftOn > closed)) teacher.leftOn = closed;
  }
}

function add(random: Random, state: SeedState, school: SeedSchool, startedOn: IsoDate): void {
  const { name, female } = personName(random, false, random.chance(school.level === '01' ? 0.97 : school.level === '02' ? 0.8 : 0.65));
  const id = state.teachers.length + 1;
  state.teachers.push({
    id,
    code: `GV${school.place.province}${String(id).padStart(6, '0')}`,
    name,
    female,
    school,
    qualification: qualification(random, school.level, school.place.terrain),
    subject: school.level === '03' || school.level === '04' ? random.pick(school.level === '04' ? SUBJECTS.slice(0, 10) : SUBJECTS) : null,
    // A new teacher of a school founded in the demo starts on its first day; others a few days into August.
    startedOn: startedOn === school.foundedOn ? startedOn : addDays(startedOn, random.int(0, 10)),
    leftOn: null,
    deleted: false,
  });
}

/** Below, at or above the standard of the school's level (DM_CAP_HOC.MA_TRINH_DO_CHUAN). */
function qualification(random: Random, level: LevelCode, terrain: Terrain): QualificationCode {
  const standard = QUALIFICATIONS.find((q) => q.MA_TRINH_DO === LEVELS.find((l) => l.MA_CAP_HOC === level)!.MA_TRINH_DO_CHUAN)!;
  const rank = random.chance(BELOW_STANDARD[level] * BELOW_FACTOR[terrain]) ? standard.BAC - 1 : random.chance(ABOVE[level]) ? standard.BAC + 1 : standard.BAC;
  return QUALIFICATIONS.find((q) => q.BAC === rank)!.MA_TRINH_DO;
}
