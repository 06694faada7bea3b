import type { Terrain } from '../../../reference/admin-units/old-units.js';
import { addDays, type IsoDate } from '../../kit/dates.js';
import type { Random } from '../../kit/seed/random.js';
import { LEVELS, type EnrolmentStatusCode, type LevelCode } from '../lookups/codes.js';
import { idNumber, personName } from './people.js';
import type { SeedClass, SeedSchool, SeedState, SeedStudent, SeedYear } from './seed-model.js';

/** Yearly drop-out chance of an enrolment, by level, before the terrain's factor. */
const DROPOUT: Readonly<Record<LevelCode, number>> = { '01': 0.002, '02': 0.003, '03': 0.015, '04': 0.025 };
const DROPOUT_FACTOR: Readonly<Record<Terrain, number>> = { city: 0.5, lowland: 1, island: 1, mountain: 2.4 };
const TRANSFER = 0.01;
const ARRIVAL = 0.15;
const PRESCHOOL_GROUPS: Readonly<Record<number, string>> = { 3: 'Mầm', 4: 'Chồi', 5: 'Lá' };

interface Cohort {
  grade: number;
  students: SeedStudent[];
}

/**
 * Classes and their class lists, school year by school year: each class slot of a school is a
 * cohort moving up a grade a year; the top grade leaves the school and a new cohort starts at the
 * first grade. During a year students drop out or transfer away (dated, never after `lastDay`), a
 * few arrive mid-year; those still on the roll at the end move up with their cohort. A scaled
 * sample: 7–9 children a class, 1–2 classes a school a year.
 */
export function seedClasses(random: Random, state: SeedState, lastDay: IsoDate): void {
  for (const school of state.schools) {
    const level = LEVELS.find((l) => l.MA_CAP_HOC === school.level)!;
    const grades = level.KHOI_DEN - level.KHOI_TU + 1;
    const offset = random.int(0, grades - 1);
    let cohorts: Cohort[] | null = null;
    for (const year of state.years) {
      if (year.start > lastDay || school.foundedOn > year.start) continue;
      if (school.closedOn !== null && school.closedOn <= year.start) break;
      cohorts = (cohorts ?? []).length === 0
        ? Array.from({ length: school.classSlots }, (_, k) => newCohort(random, state, school, year, level.KHOI_TU + ((k + offset) % grades)))
        : cohorts!.map((c) => (c.grade + 1 > level.KHOI_DEN ? newCohort(random, state, school, year, level.KHOI_TU) : { grade: c.grade + 1, students: c.students }));
      cohorts = cohorts.map((cohort, k) => ({ grade: cohort.grade, students: runYear(random, state, school, year, cohort, k, lastDay) }));
    }
  }
}

function newCohort(random: Random, state: SeedState, school: SeedSchool, year: SeedYear, grade: number): Cohort {
  const size = random.int(7, 9);
  return { grade, students: Array.from({ length: size }, () => newStudent(random, state, school, year, grade)) };
}

/** A child of the age of `grade` in `year` (grade 1 at six; a kindergarten group at its age). */
function newStudent(random: Random, state: SeedState, school: SeedSchool, year: SeedYear, grade: number): SeedStudent {
  const startYear = Number(year.start.slice(0, 4));
  const born = school.level === '01' ? startYear - grade : startYear - 5 - grade;
  const highland = school.place.province === '62' && school.place.terrain === 'mountain';
  const { name, female } = personName(random, highland);
  const id = state.students.length + 1;
  const student: SeedStudent = {
    id,
    code: `${school.place.province}${String(id).padStart(8, '0')}`,
    name,
    female,
    birthDate: random.day(`${born}-01-01`, `${born}-12-31`),
    idNumber: random.chance(0.85) ? idNumber(random, school.place.province, female, born) : null,
    deleted: false,
  };
  state.students.push(student);
  return student;
}

/** One school year of a cohort's class: its enrolments and their events; returns who is still on the roll. */
function runYear(random: Random, state: SeedState, school: SeedSchool, year: SeedYear, cohort: Cohort, slot: number, lastDay: IsoDate): SeedStudent[] {
  const letter = `${String.fromCharCode(65 + (slot % 26))}${slot >= 26 ? Math.floor(slot / 26) : ''}`;
  const schoolClass: SeedClass = {
    id: state.classes.length + 1,
    school,
    year,
    name: school.level === '01' ? `${PRESCHOOL_GROUPS[cohort.grade]} ${letter}` : `${cohort.grade}${letter}`,
    grade: cohort.grade,
    deleted: false,
  };
  state.classes.push(schoolClass);
  const members = cohort.students.map((student) => ({ student, enrolledOn: year.start }));
  if (random.chance(ARRIVAL)) {
    const on = random.day(addDays(year.start, 20), addDays(year.start, 150));
    if (on <= lastDay) members.push({ student: newStudent(random, state, school, year, cohort.grade), enrolledOn: on });
  }
  const staying: SeedStudent[] = [];
  const dropout = DROPOUT[school.level] * DROPOUT_FACTOR[school.place.terrain];
  for (const { student, enrolledOn } of members) {
    let status: EnrolmentStatusCode = '01';
    let changedOn: IsoDate | null = null;
    const event = random.next();
    if (event < dropout + TRANSFER) {
      const on = random.day(addDays(enrolledOn, 14), year.end);
      if (on <= lastDay) {
        status = event < dropout ? '02' : '03';
        changedOn = on;
      }
    }
    state.enrolments.push({ id: state.enrolments.length + 1, student, schoolClass, enrolledOn, status, changedOn, deleted: false });
    if (status === '01') staying.push(student);
  }
  return staying;
}
