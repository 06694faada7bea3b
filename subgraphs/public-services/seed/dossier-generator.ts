import type { IsoDate } from '../../kit/dates.js';
import { createRandom, type Random } from '../../kit/seed/random.js';
import { REFORM_DATE } from '../../kit/indicators/period.js';
import { startOfVietnamDay } from '../../kit/dates.js';

/** An instant from a Vietnam day and local wall-clock minutes after midnight. */
const vietnamInstant = (day: string, minutes: number): Date => new Date(startOfVietnamDay(day).getTime() + minutes * 60_000);
import { legacyStatusCode, type DossierStatusName } from '../lookups/codes.js';
import type { AgencyDirectory } from './agencies.js';
import { addWorkingDays, isWorkingDay } from '../../kit/calendar/working-days.js';
import { addDays } from '../../kit/dates.js';
import { yearsSince2023 } from './trend.js';
import { seedHorizon } from '../../kit/seed/horizon.js';
import { PROCEDURES, type LegacyLevel, type SeedProcedure } from './catalog.js';
import { KON_TUM_SHARE, type Geography, type Place } from './geography.js';
import { applicant } from './people.js';

export const FIRST_DAY = '2023-01-01';

/** Dossiers per working day at scale 1, in January 2023 (Quảng Ngãi part). */
const BASE_PER_DAY = 17;
/** Volume grows a little each year. */
const GROWTH = 0.05;
/** Online filings on a day off (weekend, public holiday, compensatory day), relative to a working day. */
const WEEKEND_SHARE = 0.08;
// February has Tết; December closes the year's files.
const SEASON = [1.0, 0.65, 1.05, 1.0, 1.0, 0.95, 0.95, 1.0, 1.0, 1.05, 1.05, 1.15];
const LEVELS: ReadonlyArray<readonly [LegacyLevel, number]> = [
  ['TINH', 0.25],
  ['HUYEN', 0.35],
  ['XA', 0.4],
];
const ONLINE_FACTOR = { 4: 1.15, 3: 0.9, 2: 0 } as const;
const SOFT_DELETED = 0.01;

/** One `HoSo` row without its id and number (the seed numbers them per agency and day). */
export interface GeneratedDossier {
  procedure: string;
  agency: string;
  unitCode: string;
  receivedAt: Date;
  dueAt: Date;
  finishedAt: Date | null;
  status: string;
  online: boolean;
  name: string;
  idNumber: string | null;
  phone: string | null;
  deleted: boolean;
}

interface Context {
  random: Random;
  geography: Geography;
  agencies: AgencyDirectory;
  /** The first instant after the seeded days: dossiers not ended by then are still in process. */
  horizon: Date;
}

/**
 * Every dossier from 2023-01-01 to `until`, day by day, deterministic for a given scale and
 * until. Online filing rises from about 30% (2023) to about 70% (2026); the mountainous districts
 * run late most; dossiers whose end falls after `until` stay in process (the recent tail).
 */
export function generateDossiers(geography: Geography, agencies: AgencyDirectory, scale: number, until: IsoDate): GeneratedDossier[] {
  const ctx: Context = { random: createRandom(`public-services:dossiers:${scale}:${until}`), geography, agencies, horizon: seedHorizon(until) };
  const out: GeneratedDossier[] = [];
  for (let day = FIRST_DAY; day <= until; day = addDays(day, 1)) {
    // Weekends, public holidays and their compensatory days: counters are closed, the portal is open.
    const weekend = !isWorkingDay(day);
    const reformed = day >= REFORM_DATE;
    const month = Number(day.slice(5, 7)) - 1;
    // Old Kon Tum's volume on top of Quảng Ngãi's, in its own system before the reform and in the
    // new province's after.
    const mean = BASE_PER_DAY * scale * SEASON[month]! * (1 + GROWTH * yearsSince2023(day)) * (1 + KON_TUM_SHARE) * (weekend ? WEEKEND_SHARE : 1);
    const count = Math.floor(mean * (0.75 + 0.5 * ctx.random.next()) + ctx.random.next());
    const today: GeneratedDossier[] = [];
    for (let i = 0; i < count; i++) {
      const dossier = oneDossier(ctx, day, weekend, reformed);
      // Nothing is received after the seed's horizon (later today).
      if (dossier.receivedAt <= ctx.horizon) today.push(dossier);
    }
    today.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
    out.push(...today);
  }
  return out;
}

function oneDossier(ctx: Context, day: IsoDate, weekend: boolean, reformed: boolean): GeneratedDossier {
  const { random } = ctx;
  const place = random.weighted(reformed ? ctx.geography.newPlaces : ctx.geography.oldPlaces);
  const procedure = pickProcedure(random, day, weekend);
  const route = ctx.agencies.route(procedure, place, day, reformed);
  const years = yearsSince2023(day);
  const onlineShare = Math.min(0.95, (0.26 + 0.135 * years) * place.profile.online * ONLINE_FACTOR[procedure.mucDo]);
  const online = weekend || random.chance(onlineShare);
  // Counters open 7:30–17:00; the portal takes filings around the clock, mostly by day.
  const minutes = online ? random.weighted(HOURS) * 60 + random.int(0, 59) : random.int(450, 1019);
  const receivedAt = vietnamInstant(day, minutes);
  const dueDay = addWorkingDays(day, procedure.days === 0 && minutes >= 960 ? 1 : procedure.days);
  const dueAt = vietnamInstant(dueDay, 17 * 60);
  const outcome = settle(ctx, place, procedure, day, receivedAt, dueDay, reformed);
  const open = outcome.endedAt > ctx.horizon;
  const person = applicant(random, place.district.startsWith('6') ? '62' : '51', place.profile.online < 0.8, Number(day.slice(0, 4)));
  return {
    procedure: procedure.code,
    agency: route.agency,
    unitCode: route.unitCode,
    receivedAt,
    dueAt,
    finishedAt: open ? null : outcome.endedAt,
    status: legacyStatusCode(open ? openStatus(random, receivedAt, ctx.horizon) : outcome.status),
    online,
    ...person,
    deleted: random.chance(SOFT_DELETED),
  };
}

const HOURS: ReadonlyArray<readonly [number, number]> = Array.from({ length: 24 }, (_, h) => [h, h >= 7 && h <= 22 ? (h >= 8 && h <= 17 ? 6 : 3) : 0.4] as const);

function pickProcedure(random: Random, day: IsoDate, weekend: boolean): SeedProcedure {
  const level = random.weighted(LEVELS);
  const choices = PROCEDURES.filter((p) => p.level === level && (p.until ?? '9999') > day && (!weekend || p.mucDo >= 3));
  return random.weighted(choices.map((p) => [p, p.weight] as const));
}

/** How the dossier ended (if nothing intervenes before the seeded horizon). */
function settle(ctx: Context, place: Place, procedure: SeedProcedure, day: IsoDate, receivedAt: Date, dueDay: IsoDate, reformed: boolean) {
  const { random } = ctx;
  const r = random.next();
  if (r < 0.04) {
    const status: DossierStatusName = r < 0.015 ? 'WITHDRAWN' : 'REJECTED';
    return { status, endedAt: finishOn(random, addWorkingDays(day, random.int(0, Math.max(1, procedure.days))), receivedAt) };
  }
  // The new commune centres struggled in their first quarter; otherwise lateness eases yearly.
  const teething = reformed && day <= '2025-09-30' ? 1.8 : 1;
  const provinceLevel = procedure.level === 'TINH';
  // Land files (survey, verification with the commune) run late most often and longest.
  const land = procedure.field === 'DD' ? 1.5 : 1;
  const lateRate = (provinceLevel ? 0.02 + place.profile.late * 0.4 : place.profile.late) * land * teething * Math.max(0.5, 1 - 0.12 * yearsSince2023(day));
  let finishDay: IsoDate;
  if (random.chance(lateRate)) {
    const tail = random.next();
    const delay = tail < 0.55 ? random.int(1, 5) : tail < 0.8 ? random.int(6, 20) : random.int(21, place.profile.late > 0.1 ? 180 : 90);
    finishDay = addWorkingDays(dueDay, delay);
  } else if (procedure.days > 0 && random.chance(procedure.days >= 2 ? 0.7 : 0.4)) {
    finishDay = addWorkingDays(day, random.int(0, procedure.days - 1));
    if (finishDay >= dueDay) finishDay = dueDay;
  } else {
    finishDay = dueDay;
  }
  return { status: 'FINISHED' as DossierStatusName, endedAt: finishOn(random, finishDay, receivedAt) };
}

/**
 * A time in office hours (8:00–16:59) on `day`, after the receipt when it is the same day (then
 * within the hour: a same-day dossier is received before 16:00, so it still ends by 17:00).
 */
function finishOn(random: Random, day: IsoDate, receivedAt: Date): Date {
  const at = vietnamInstant(day, random.int(480, 1019));
  if (at > receivedAt) return at;
  return new Date(receivedAt.getTime() + random.int(10, 59) * 60_000);
}

function openStatus(random: Random, receivedAt: Date, horizon: Date): DossierStatusName {
  if (horizon.getTime() - receivedAt.getTime() < 2 * 86_400_000 && random.chance(0.5)) return 'RECEIVED';
  return random.chance(0.15) ? 'SUPPLEMENT_REQUESTED' : 'IN_PROCESS';
}
