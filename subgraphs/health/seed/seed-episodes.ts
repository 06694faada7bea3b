import { codeOnDay } from '../../../reference/admin-units/old-units.js';
import { addDays, DAY_MS } from '../../kit/dates.js';
import type { Random } from '../../kit/seed/random.js';
import { claimDay, claimInstant } from '../episodes/episode.model.js';
import type { TreatmentTypeCode } from '../lookups/codes.js';
import type { FacilityBook } from './seed-facilities.js';
import type { FacilityRole, SeedEpisode, SeedFacility } from './seed-model.js';
import { fullName, idNumber } from './seed-people.js';
import { circulation, type Circulation } from './seasonality.js';
import { volume, yearSpans } from '../../kit/seed/year-spans.js';
import type { SeedCommune, SeedDistrict } from './seed-units.js';

/** Episodes admitted in 2023 at scale 1 (a sample of the province's claims); insured visits grow about 5% a year. */
const EPISODES_2023 = 3000;
const GROWTH = 1.05;

interface Moment {
  readonly day: string;
  readonly district: SeedDistrict;
}

/** A diagnosis the demo draws: how often (possibly by season), at which ages, for whom, how long a stay. */
interface Dx {
  readonly code: string;
  readonly weight: number | ((m: Moment) => number);
  /** Age ranges in years with weights; [0, 0] is a newborn (under four weeks). */
  readonly ages: ReadonlyArray<readonly [number, number, number]>;
  readonly female?: true;
  /** Inpatient stay in days. */
  readonly stay?: readonly [number, number];
}

const seasonal = (kind: Circulation, base: number) => (m: Moment) => base * circulation(kind, m.day, m.district.province);
const ALL_AGES = [[0, 14, 3], [15, 59, 5], [60, 90, 2]] as const;
const ADULT = [[18, 59, 1]] as const;
const OLDER = [[45, 90, 1]] as const;
const CHILD = [[0, 5, 1]] as const;

/** Examinations at a station, a district centre or a general hospital. */
const COMMON_OUT: readonly Dx[] = [
  { code: 'J00', weight: 10, ages: ALL_AGES },
  { code: 'J02.9', weight: 8, ages: ALL_AGES },
  { code: 'J06.9', weight: 12, ages: ALL_AGES },
  { code: 'J20.9', weight: 6, ages: ALL_AGES },
  { code: 'I10', weight: 14, ages: OLDER },
  { code: 'E11.9', weight: 7, ages: OLDER },
  { code: 'E78.5', weight: 4, ages: OLDER },
  { code: 'K29.7', weight: 8, ages: ADULT },
  { code: 'K21.9', weight: 3, ages: ADULT },
  { code: 'M54.5', weight: 6, ages: [[30, 80, 1]] },
  { code: 'M17.9', weight: 5, ages: [[50, 90, 1]] },
  { code: 'A09', weight: 5, ages: ALL_AGES },
  { code: 'H10.9', weight: 3, ages: ALL_AGES },
  { code: 'L30.9', weight: 4, ages: ALL_AGES },
  { code: 'R50.9', weight: 4, ages: [[0, 14, 2], [15, 60, 1]] },
  { code: 'N39.0', weight: 3, ages: [[18, 80, 1]] },
  { code: 'J44.9', weight: 2, ages: [[55, 90, 1]] },
  { code: 'J45.9', weight: 2, ages: [[5, 70, 1]] },
  { code: 'I20.9', weight: 2, ages: [[50, 90, 1]] },
  { code: 'A91', weight: seasonal('dengue', 2.5), ages: [[5, 60, 1]] },
  { code: 'B08.4', weight: seasonal('hfmd', 1.5), ages: CHILD },
  { code: 'J11.1', weight: seasonal('flu', 3), ages: ALL_AGES },
];

/** Outpatient treatment courses (02): chronic diseases followed over weeks. */
const CHRONIC_OUT: readonly Dx[] = [
  { code: 'I10', weight: 30, ages: OLDER },
  { code: 'E11.9', weight: 25, ages: OLDER },
  { code: 'J44.9', weight: 10, ages: [[55, 90, 1]] },
  { code: 'J45.9', weight: 8, ages: [[5, 70, 1]] },
  { code: 'M17.9', weight: 10, ages: [[50, 90, 1]] },
  { code: 'K29.7', weight: 8, ages: ADULT },
  { code: 'E78.5', weight: 9, ages: OLDER },
];

/** Inpatients of a district centre or a general hospital. */
const GENERAL_IN: readonly Dx[] = [
  { code: 'J18.9', weight: 12, ages: [[0, 5, 2], [6, 59, 1], [60, 90, 2]], stay: [5, 10] },
  { code: 'A09', weight: 7, ages: ALL_AGES, stay: [3, 6] },
  { code: 'I63.9', weight: 6, ages: [[50, 90, 1]], stay: [7, 14] },
  { code: 'I64', weight: 3, ages: [[50, 90, 1]], stay: [7, 15] },
  { code: 'I20.9', weight: 4, ages: [[50, 90, 1]], stay: [4, 8] },
  { code: 'K35.8', weight: 4, ages: [[10, 60, 1]], stay: [4, 7] },
  { code: 'K80.2', weight: 3, ages: [[30, 75, 1]], stay: [5, 9] },
  { code: 'S52.5', weight: 3, ages: [[5, 85, 1]], stay: [3, 7] },
  { code: 'S06.0', weight: 3, ages: [[5, 70, 1]], stay: [3, 6] },
  { code: 'J44.9', weight: 5, ages: [[55, 90, 1]], stay: [6, 12] },
  { code: 'E11.9', weight: 4, ages: OLDER, stay: [6, 12] },
  { code: 'N39.0', weight: 3, ages: [[18, 85, 1]], stay: [4, 8] },
  { code: 'I10', weight: 5, ages: OLDER, stay: [4, 7] },
  { code: 'J20.9', weight: 4, ages: ALL_AGES, stay: [4, 7] },
  { code: 'O80', weight: 4, ages: [[18, 42, 1]], female: true, stay: [2, 3] },
  { code: 'O82', weight: 2, ages: [[18, 42, 1]], female: true, stay: [4, 6] },
  { code: 'A91', weight: seasonal('dengue', 4), ages: [[5, 60, 1]], stay: [4, 7] },
  { code: 'B08.4', weight: seasonal('hfmd', 1.5), ages: CHILD, stay: [3, 6] },
  { code: 'B05.9', weight: seasonal('measles', 5), ages: [[0, 12, 4], [13, 40, 1]], stay: [4, 8] },
  { code: 'J11.1', weight: seasonal('flu', 2), ages: ALL_AGES, stay: [3, 6] },
];

/** Mothers and children: examinations and inpatients of the maternity and children's hospital (or ward). */
const MATERNITY_OUT: readonly Dx[] = [
  { code: 'J06.9', weight: 12, ages: [[0, 12, 1]] },
  { code: 'J00', weight: 8, ages: [[0, 12, 1]] },
  { code: 'A09', weight: 6, ages: CHILD },
  { code: 'L30.9', weight: 4, ages: [[0, 12, 1]] },
  { code: 'R50.9', weight: 5, ages: [[0, 10, 1]] },
  { code: 'P59.9', weight: 2, ages: [[0, 0, 1]] },
  { code: 'B08.4', weight: seasonal('hfmd', 3), ages: CHILD },
];

const MATERNITY_IN: readonly Dx[] = [
  { code: 'O80', weight: 20, ages: [[18, 42, 1]], female: true, stay: [2, 3] },
  { code: 'O82', weight: 15, ages: [[18, 42, 1]], female: true, stay: [4, 6] },
  { code: 'P59.9', weight: 10, ages: [[0, 0, 1]], stay: [3, 7] },
  { code: 'J18.9', weight: 12, ages: CHILD, stay: [5, 9] },
  { code: 'A09', weight: 8, ages: CHILD, stay: [3, 6] },
  { code: 'J20.9', weight: 6, ages: CHILD, stay: [4, 7] },
  { code: 'B08.4', weight: seasonal('hfmd', 4), ages: CHILD, stay: [3, 6] },
  { code: 'A91', weight: seasonal('dengue', 2), ages: [[3, 14, 1]], stay: [4, 7] },
  { code: 'B05.9', weight: seasonal('measles', 6), ages: [[0, 10, 1]], stay: [4, 8] },
];

const PSYCHIATRIC: readonly Dx[] = [
  { code: 'F20.9', weight: 70, ages: [[18, 65, 1]], stay: [20, 45] },
  { code: 'F32.9', weight: 30, ages: [[18, 70, 1]], stay: [15, 30] },
];

const REHABILITATION: readonly Dx[] = [
  { code: 'M54.5', weight: 30, ages: [[30, 80, 1]], stay: [10, 20] },
  { code: 'M17.9', weight: 25, ages: [[50, 85, 1]], stay: [10, 20] },
  { code: 'I69.3', weight: 25, ages: [[50, 85, 1]], stay: [14, 28] },
  { code: 'I10', weight: 10, ages: OLDER, stay: [7, 12] },
];

/** Chronic conditions recorded as secondary diagnoses (MA_BENH_KT). */
const COMORBID = ['I10', 'E11.9', 'E78.5', 'K29.7', 'K21.9', 'J44.9'];

type Need = 'station' | 'district' | FacilityRole;

/** Where a resident goes for each kind of care: tier, then (for a hospital) its speciality. */
const TIERS: Readonly<Record<TreatmentTypeCode, ReadonlyArray<readonly [Need, number]>>> = {
  '01': [['station', 45], ['district', 38], ['general', 10], ['maternity', 5], ['psychiatric', 1], ['rehabilitation', 1]],
  '02': [['district', 50], ['general', 38], ['psychiatric', 7], ['rehabilitation', 5]],
  '03': [['district', 50], ['general', 30], ['maternity', 13], ['psychiatric', 3], ['rehabilitation', 4]],
};

const KINDS: ReadonlyArray<readonly [TreatmentTypeCode, number]> = [['01', 54], ['02', 9], ['03', 37]];

function diagnosesFor(need: Need, type: TreatmentTypeCode): readonly Dx[] {
  if (need === 'psychiatric') return PSYCHIATRIC;
  if (need === 'rehabilitation') return REHABILITATION;
  if (need === 'maternity') return type === '03' ? MATERNITY_IN : MATERNITY_OUT;
  if (type === '02') return CHRONIC_OUT;
  return type === '03' ? GENERAL_IN : COMMON_OUT;
}

const stamp = (day: string, minutes: number) =>
  `${day.replace(/-/g, '')}${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}`;

/**
 * Treatment episodes of the residents from 2023 to the horizon, as the claims record them: where the
 * resident was treated (their commune station, their district centre, a provincial hospital), for
 * what (diagnoses by season, age and sex), for how long; only episodes closed (discharged) by the
 * horizon, since a claim is made at discharge. Residence codes follow the reform.
 */
export function seedEpisodes(random: Random, communes: readonly SeedCommune[], book: FacilityBook, scale: number, until: string, horizon: Date): SeedEpisode[] {
  const byPopulation = communes.map((c) => [c, c.population] as const);
  const sequence = new Map<string, number>();
  const episodes: SeedEpisode[] = [];
  for (const span of yearSpans('2023-01-01', until)) {
    const count = volume(EPISODES_2023 * GROWTH ** (span.year - 2023) * span.fraction, scale);
    for (let i = 0; i < count; i++) {
      const commune = random.weighted(byPopulation);
      const successor = random.pick(commune.successors);
      const type = random.weighted(KINDS);
      let day = random.day(span.from, span.to);
      // Few examinations on a Sunday: most wait for Monday.
      if (type === '01' && new Date(day).getUTCDay() === 0 && random.chance(0.75) && addDays(day, 1) <= span.to) day = addDays(day, 1);
      const need = random.weighted(TIERS[type]);
      const facility = facilityFor(random, book, need, commune, successor, day);
      const moment = { day, district: commune.district };
      const dx = random.weighted(diagnosesFor(need, type).map((d) => [d, typeof d.weight === 'number' ? d.weight : d.weight(moment)] as const));
      const episode = draw(random, { commune, successor, type, day, facility, dx, sequence });
      if (claimInstant(episode.discharged)!.getTime() <= horizon.getTime()) episodes.push(episode);
    }
  }
  for (const e of episodes) e.deleted = random.chance(0.008);
  return episodes;
}

function facilityFor(random: Random, book: FacilityBook, need: Need, commune: SeedCommune, successor: string, day: string): SeedFacility {
  if (need === 'station') return book.station(commune, successor, day);
  if (need === 'district') return book.centre(commune.district);
  return book.hospital(need, commune.district, random);
}

interface Draft {
  commune: SeedCommune;
  successor: string;
  type: TreatmentTypeCode;
  day: string;
  facility: SeedFacility;
  dx: Dx;
  sequence: Map<string, number>;
}

function draw(random: Random, { commune, successor, type, day, facility, dx, sequence }: Draft): SeedEpisode {
  const female = dx.female ?? random.chance(0.52);
  const [minAge, maxAge] = random.weighted(dx.ages.map((a) => [[a[0], a[1]] as const, a[2]] as const));
  const newborn = maxAge === 0;
  const ageDays = newborn ? random.int(0, 27) : Math.round(random.int(minAge, maxAge) * 365.25) + random.int(0, 364);
  const bornOn = addDays(day, -ageDays);
  const birthYear = Number(bornOn.slice(0, 4));
  // Out-patients come in office hours; in-patients at any hour, mostly by day.
  const admitMinutes = type === '03' && random.chance(0.4) ? random.int(0, 24 * 60 - 1) : random.int(7 * 60, 16 * 60 + 30);
  const admitted = stamp(day, admitMinutes);
  let discharged: string;
  if (type === '01') {
    discharged = stamp(day, Math.min(admitMinutes + random.int(20, 180), 24 * 60 - 1));
  } else {
    const [min, max] = type === '02' ? [5, 30] : (dx.stay ?? [3, 8]);
    discharged = stamp(addDays(day, random.int(min, max)), random.int(8 * 60, 16 * 60 + 30));
  }
  const ageYears = ageDays / 365.25;
  const comorbid = ageYears >= 40 && random.chance(type === '03' ? 0.45 : 0.15);
  const other = comorbid
    ? [...new Set(Array.from({ length: random.int(1, 2) }, () => random.pick(COMORBID)))].filter((c) => c !== dx.code).join(';') || null
    : null;
  const key = `${facility.code}${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}`;
  const next = (sequence.get(key) ?? 0) + 1;
  sequence.set(key, next);
  return {
    key: `${key}${String(next).padStart(4, '0')}`,
    name: fullName(random, commune, female),
    idNumber: newborn ? null : idNumber(random, commune, female, birthYear),
    birth: bornOn.replace(/-/g, ''),
    sex: female ? 2 : 1,
    residence: codeOnDay(commune.code, successor, day),
    main: dx.code,
    other,
    facility,
    type,
    admitted,
    discharged,
    deleted: false,
  };
}

/** Inpatient days of 2024 per facility (nights in a bed, admission to discharge, cut to the year): what its beds are sized by. */
export function bedDaysIn2024(episodes: readonly SeedEpisode[]): Map<string, number> {
  const from = Date.parse('2024-01-01');
  const end = Date.parse('2025-01-01');
  const dayOf = (text: string) => Date.parse(claimDay(text)!);
  const days = new Map<string, number>();
  for (const e of episodes) {
    if (e.type !== '03' || e.deleted) continue;
    const span = (Math.min(dayOf(e.discharged), end) - Math.max(dayOf(e.admitted), from)) / DAY_MS;
    if (span > 0) days.set(e.facility.code, (days.get(e.facility.code) ?? 0) + span);
  }
  return days;
}
