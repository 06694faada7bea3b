import { codeOnDay } from '../../../reference/admin-units/old-units.js';
import { addDays } from '../../kit/dates.js';
import type { Random } from '../../kit/seed/random.js';
import type { DiseaseGroupCode } from '../lookups/codes.js';
import type { SeedReport } from './seed-model.js';
import { circulation, TERRAIN_RISK } from './seasonality.js';
import type { SeedCommune } from './seed-units.js';

/** Province-wide cases in an average week of an average year, scale 1. */
const WEEKLY_CASES: Readonly<Record<'dengue' | 'hfmd' | 'measles', Readonly<Record<'51' | '62', number>>>> = {
  dengue: { '51': 14, '62': 7 },
  hfmd: { '51': 11, '62': 5 },
  measles: { '51': 8, '62': 14 },
};
/** Cases of one commune in one week come in clusters of about this many (a household, a hamlet). */
const CLUSTER = { dengue: 3, hfmd: 2.5, measles: 3 } as const;
const GROUP: Readonly<Record<'dengue' | 'hfmd' | 'measles', DiseaseGroupCode>> = { dengue: 'SXHD', hfmd: 'TCM', measles: 'SOI' };
const DEATH_RATE: Readonly<Record<DiseaseGroupCode, number>> = { SXHD: 0.002, TCM: 0.0005, SOI: 0.002, CUM: 0 };

/**
 * Influenza-like illness is reported by the sentinel sites only (a ward of each city, the district
 * towns of Đức Phổ, Sơn Hà and Ngọc Hồi, Lý Sơn island), with cases every week.
 */
const ILI_SENTINELS: ReadonlyArray<readonly [code: string, weekly: number]> = [
  ['21028', 34],
  ['21439', 22],
  ['21289', 14],
  ['536', 10],
  ['23287', 26],
  ['23377', 15],
];

/** ISO year and week of the week starting on Monday `monday`: the year of its Thursday. */
export function isoWeek(monday: string): { year: number; week: number } {
  const thursday = addDays(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = (Date.parse(thursday) - Date.parse(`${year}-01-01`)) / 86_400_000;
  return { year, week: Math.floor(dayOfYear / 7) + 1 };
}

function gaussian(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}

/** A Poisson count with mean `mean` (normal approximation above 30). */
function poisson(random: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(random)));
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = random.next(); p > limit; p *= random.next()) k++;
  return k;
}

/** `n` split into `k` parts of at least one each. */
function split(random: Random, n: number, k: number): number[] {
  const parts = Array.from({ length: k }, () => 1);
  for (let i = k; i < n; i++) parts[random.int(0, k - 1)]! += 1;
  return parts;
}

/**
 * The weekly notifiable disease reports (BC_TUAN_BTN) from the week ending on 1 January 2023 to the
 * last full week by `until`: for each province, group and week, the cases drawn around the season's
 * level, in a few communes (foci that often persist from one week to the next), one row per commune
 * with cases; influenza-like illness from the sentinel sites. Only weeks with cases have a row.
 */
export function seedCases(random: Random, communes: readonly SeedCommune[], scale: number, until: string): SeedReport[] {
  const reports: SeedReport[] = [];
  const foci = new Map<string, SeedCommune[]>();
  const successor = new Map(communes.map((c) => [c.code, random.pick(c.successors)]));
  const add = (commune: SeedCommune, monday: string, group: DiseaseGroupCode, cases: number) => {
    const sunday = addDays(monday, 6);
    const deaths = Array.from({ length: cases }, () => random.chance(DEATH_RATE[group])).filter(Boolean).length;
    const { year, week } = isoWeek(monday);
    reports.push({ id: reports.length + 1, unitCode: codeOnDay(commune.code, successor.get(commune.code)!, sunday), year, week, monday, sunday, group, cases, deaths, deleted: false });
  };
  for (let monday = '2022-12-26'; addDays(monday, 6) <= until; monday = addDays(monday, 7)) {
    const thursday = addDays(monday, 3);
    for (const province of ['51', '62'] as const) {
      const local = communes.filter((c) => c.district.province === province);
      for (const kind of ['dengue', 'hfmd', 'measles'] as const) {
        const level = circulation(kind, thursday, province) * WEEKLY_CASES[kind][province] * scale;
        const cases = poisson(random, level);
        if (cases === 0) continue;
        const key = `${province}:${kind}`;
        const weights = local.map((c) => [c, c.population * TERRAIN_RISK[kind][c.district.terrain]] as const);
        const count = Math.min(cases, Math.max(1, Math.round(cases / CLUSTER[kind])));
        const chosen = new Set<SeedCommune>();
        const previous = foci.get(key) ?? [];
        while (chosen.size < count) chosen.add(previous.length > 0 && random.chance(0.5) ? random.pick(previous) : random.weighted(weights));
        const parts = split(random, cases, chosen.size);
        [...chosen].forEach((commune, i) => add(commune, monday, GROUP[kind], parts[i]!));
        foci.set(key, [...chosen]);
      }
    }
    for (const [code, weekly] of ILI_SENTINELS) {
      const commune = communes.find((c) => c.code === code)!;
      const cases = Math.round(weekly * scale * circulation('flu', thursday, commune.district.province) * (0.7 + random.next() * 0.6));
      if (cases > 0) add(commune, monday, 'CUM', cases);
    }
  }
  for (const r of reports) r.deleted = random.chance(0.01);
  return reports;
}
