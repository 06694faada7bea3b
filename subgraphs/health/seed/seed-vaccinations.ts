import { codeOnDay, type Terrain } from '../../../reference/admin-units/old-units.js';
import { addDays } from '../../kit/dates.js';
import type { Random } from '../../kit/seed/random.js';
import type { VaccineCode } from '../lookups/codes.js';
import type { FacilityBook } from './seed-facilities.js';
import type { SeedChild, SeedDose, SeedTarget } from './seed-model.js';
import { fullName, idNumber } from './seed-people.js';
import { volume, yearSpans } from '../../kit/seed/year-spans.js';
import { apportion, type SeedCommune, type SeedNewCommune } from './seed-units.js';
import { REFORM_DATE } from '../../kit/indicators/period.js';

/** Births a year in the demo's sample of children, scale 1 (the register's target population is sampled alike). */
const BIRTHS_PER_YEAR = 165;
/** The first births whose doses the register holds: the cohort completing its schedule in 2023. */
const FIRST_BIRTHS = '2022-03-01';

/** The schedule for children under one: vaccine, dose, age in days, and how late it may come. */
const SCHEDULE: ReadonlyArray<{ vaccine: VaccineCode; dose: number; age: number; slack: number }> = [
  { vaccine: 'VGB_SS', dose: 1, age: 0, slack: 1 },
  { vaccine: 'BCG', dose: 1, age: 1, slack: 25 },
  { vaccine: 'DPT_VGB_HIB', dose: 1, age: 61, slack: 14 },
  { vaccine: 'OPV', dose: 1, age: 61, slack: 14 },
  { vaccine: 'DPT_VGB_HIB', dose: 2, age: 91, slack: 14 },
  { vaccine: 'OPV', dose: 2, age: 91, slack: 14 },
  { vaccine: 'DPT_VGB_HIB', dose: 3, age: 122, slack: 14 },
  { vaccine: 'OPV', dose: 3, age: 122, slack: 14 },
  { vaccine: 'SOI', dose: 1, age: 274, slack: 30 },
];

/** Children who get every dose: most of the plain, fewer in the uplands (distance, mobility). */
const COMPLETION: Readonly<Record<Terrain, number>> = { city: 0.97, lowland: 0.95, island: 0.96, mountain: 0.86 };

/** The 2023 shortage of the five-in-one vaccine: doses due from May to mid-October waited for the new supply. */
const SHORTAGE = { from: '2023-05-01', to: '2023-10-15' } as const;

/**
 * The immunisation register: the yearly plan of each commune (children under one to immunise, under
 * the code in force when the plan was made in January: old communes to 2025, new ones from 2026),
 * the children born (about as many as planned), and their doses by the schedule, late or missing
 * for some; doses are recorded under the child's commune code of the day, at its commune station
 * (birth doses at the district centre). The demo holds a scaled sample of the province's children:
 * targets are sampled alike, so coverage rates are believable.
 */
export function seedVaccinations(
  random: Random,
  communes: readonly SeedCommune[],
  created: readonly SeedNewCommune[],
  book: FacilityBook,
  scale: number,
  until: string,
): { children: SeedChild[]; doses: SeedDose[]; targets: SeedTarget[] } {
  const children: SeedChild[] = [];
  const doses: SeedDose[] = [];
  const targets: SeedTarget[] = [];
  // Whole years of births (each year's plan is for all of it); births after `until` are left out below.
  for (const span of yearSpans(FIRST_BIRTHS, `${until.slice(0, 4)}-12-31`)) {
    const planned = volume(BIRTHS_PER_YEAR * span.fraction, scale);
    // The plan: per old commune until 2025; per new commune from 2026, from its predecessors' people.
    const oldPlan = planByDistrict(random, communes, planned);
    if (span.year >= 2023 && `${span.year}-01-01` < REFORM_DATE) {
      communes.forEach((c, i) => targets.push({ id: targets.length + 1, unitCode: c.code, year: span.year, children: oldPlan[i]! }));
    } else if (span.year >= 2023) {
      const newPopulation = created.map((n) => communes.filter((c) => c.successors.includes(n.code)).reduce((s, c) => s + c.population / c.successors.length, 0));
      apportion(planned, newPopulation).forEach((count, i) => targets.push({ id: targets.length + 1, unitCode: created[i]!.code, year: span.year, children: count }));
    }
    // The births: as many as planned in each district, most in the commune planned for, some in a
    // neighbouring one (plans are estimates), on days of the year up to `until`.
    communes.forEach((home, i) => {
      const neighbours = communes.filter((c) => c.district === home.district).map((c) => [c, c.population] as const);
      for (let k = 0; k < oldPlan[i]!; k++) {
        const commune = random.chance(0.12) ? random.weighted(neighbours) : home;
        const bornOn = random.day(span.from, span.to);
        if (bornOn > until) continue;
        const child = birth(random, commune, bornOn, children.length + 1);
        children.push(child.record);
        schedule(random, book, commune, child.successor, child.record, until, doses);
      }
    });
  }
  for (const c of children) c.deleted = random.chance(0.003);
  for (const d of doses) d.deleted = d.child.deleted || random.chance(0.005);
  return { children, doses, targets };
}

/**
 * The year's children shared among the old communes: first among the districts by population (so
 * that even the smallest district has its share of the sample), then child by child among each
 * district's communes by population.
 */
function planByDistrict(random: Random, communes: readonly SeedCommune[], planned: number): number[] {
  const districts = [...new Set(communes.map((c) => c.district))];
  const perDistrict = apportion(planned, districts.map((d) => d.population));
  const plan = communes.map(() => 0);
  districts.forEach((district, d) => {
    const members = communes.map((c, i) => [i, c.district === district ? c.population : 0] as const).filter(([, w]) => w > 0);
    for (let k = 0; k < perDistrict[d]!; k++) plan[random.weighted(members)]! += 1;
  });
  return plan;
}

function birth(random: Random, commune: SeedCommune, bornOn: string, n: number): { record: SeedChild; successor: string } {
  const female = random.chance(0.48);
  const successor = random.pick(commune.successors);
  const year = Number(bornOn.slice(0, 4));
  return {
    successor,
    record: {
      id: `${commune.district.province}${String(year % 100).padStart(2, '0')}${String(n).padStart(7, '0')}`,
      name: fullName(random, commune, female),
      bornOn,
      sex: female ? 2 : 1,
      // Most births are registered within weeks, and the number is given then.
      idNumber: random.chance(0.97) ? idNumber(random, commune, female, year) : null,
      unitCode: codeOnDay(commune.code, successor, bornOn),
      deleted: false,
    },
  };
}

/** The child's doses by the schedule up to `until`: each a little late, the 2023 five-in-one doses waiting for supply, some children dropping out. */
function schedule(random: Random, book: FacilityBook, commune: SeedCommune, successor: string, child: SeedChild, until: string, doses: SeedDose[]): void {
  const stopAt = random.chance(COMPLETION[commune.district.terrain]) ? SCHEDULE.length : random.int(2, SCHEDULE.length - 1);
  const lastOf = new Map<VaccineCode, string>();
  for (const step of SCHEDULE.slice(0, stopAt)) {
    let givenOn = addDays(child.bornOn, step.age + random.int(0, step.slack));
    if (step.vaccine === 'DPT_VGB_HIB' && givenOn >= SHORTAGE.from && givenOn <= SHORTAGE.to) givenOn = addDays(SHORTAGE.to, random.int(0, 45));
    // A vaccine's next dose comes at least four weeks after the one before.
    const previous = lastOf.get(step.vaccine);
    if (previous && givenOn < addDays(previous, 28)) givenOn = addDays(previous, 28);
    lastOf.set(step.vaccine, givenOn);
    if (givenOn > until) continue;
    const facility = step.age <= 1 ? book.centre(commune.district) : book.station(commune, successor, givenOn);
    doses.push({ id: doses.length + 1, child, vaccine: step.vaccine, dose: step.dose, givenOn, unitCode: codeOnDay(commune.code, successor, givenOn), facility: facility.code, deleted: false });
  }
}
