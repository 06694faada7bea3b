import { codeOnDay } from '../../../reference/admin-units/old-units.js';
import { addDays } from '../../kit/dates.js';
import type { Random } from '../../kit/seed/random.js';
import type { AccommodationTypeCode } from '../lookups/codes.js';
import { DISTRICTS, NAME_WORDS, type SeedCommune } from './places.js';

/** An accommodation establishment (cơ sở lưu trú du lịch) as the seed plans it, before it becomes a DL_CSLT row. */
export interface EstablishmentPlan {
  readonly id: number;
  readonly name: string;
  readonly type: AccommodationTypeCode;
  readonly stars: number;
  readonly rooms: number;
  readonly beds: number;
  readonly unitCode: string;
  readonly licensedOn: string;
  readonly closedOn: string | null;
  readonly deleted: boolean;
}

const PREFIX: Readonly<Record<AccommodationTypeCode, string>> = {
  '01': 'Khách sạn',
  '02': 'Biệt thự',
  '03': 'Căn hộ du lịch',
  '04': 'Nhà nghỉ',
  '05': 'Homestay',
  '06': 'Khu cắm trại',
};

/** Rooms by star class for hotels (index = stars), and by kind for the rest: [min, max]. */
const HOTEL_ROOMS: ReadonlyArray<readonly [number, number]> = [[10, 30], [10, 25], [15, 40], [30, 80], [60, 150], [100, 240]];
const ROOMS: Readonly<Record<Exclude<AccommodationTypeCode, '01'>, readonly [number, number]>> = {
  '02': [3, 12],
  '03': [10, 40],
  '04': [6, 20],
  '05': [2, 8],
  '06': [5, 20],
};

function starsOf(random: Random, type: AccommodationTypeCode, upmarket: boolean): number {
  if (type === '02') return random.chance(0.2) ? random.int(3, 4) : 0;
  if (type !== '01') return 0;
  return upmarket
    ? random.weighted([[0, 25], [1, 15], [2, 22], [3, 22], [4, 11], [5, 5]])
    : random.weighted([[0, 45], [1, 25], [2, 22], [3, 8]]);
}

/**
 * The accommodation register of both old provinces: about 900 establishments at scale 1, in a share
 * of each district's communes (every district has some), most licensed before 2023 and the rest
 * since, under the commune code in force on the day of licensing; a few closed, about 1% deleted.
 */
export function planEstablishments(random: Random, communes: ReadonlyMap<string, SeedCommune[]>, scale: number, until: string): EstablishmentPlan[] {
  const plans: EstablishmentPlan[] = [];
  for (const [district, members] of communes) {
    const profile = DISTRICTS[district]!;
    // Wards and townships first, then a random share of the rest.
    const shuffled = [...members].sort((a, b) => Number(b.urban) - Number(a.urban) || a.code.localeCompare(b.code));
    const hosts = shuffled.slice(0, Math.max(1, Math.round(members.length * profile.spread)));
    const weights = hosts.map((c) => [c, (c.urban ? 2 : 1) * (0.5 + random.next())] as const);
    const mix = Object.entries(profile.mix).map(([code, w]) => [code as AccommodationTypeCode, w] as const);
    const count = Math.max(hosts.length, Math.round(profile.establishments * scale));
    for (let i = 0; i < count; i++) {
      // Every host commune gets one; the rest go by weight.
      const commune = i < hosts.length ? hosts[i]! : random.weighted(weights);
      const type = random.weighted(mix);
      const stars = starsOf(random, type, profile.upmarket);
      const [min, max] = type === '01' ? HOTEL_ROOMS[stars]! : ROOMS[type];
      const rooms = random.int(min, max);
      const licensedOn = random.chance(0.65) ? random.day('2008-01-01', '2022-12-31') : random.day('2023-01-01', until);
      const closeFrom = addDays(licensedOn > '2022-01-01' ? licensedOn : '2022-12-31', 365);
      const closedOn = random.chance(0.07) && closeFrom < until ? random.day(closeFrom, until) : null;
      const word = random.pick(NAME_WORDS);
      const name = random.chance(0.3) ? `${PREFIX[type]} ${word} ${commune.name}` : `${PREFIX[type]} ${word}`;
      plans.push({
        id: plans.length + 1,
        name,
        type,
        stars,
        rooms,
        beds: Math.round(rooms * (1.4 + random.next() * 0.6)),
        unitCode: codeOnDay(commune.code, commune.successor, licensedOn),
        licensedOn,
        closedOn,
        deleted: random.chance(0.01),
      });
    }
  }
  return plans;
}
