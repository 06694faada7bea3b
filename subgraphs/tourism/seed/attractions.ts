import { codeOnDay } from '../../../reference/admin-units/old-units.js';
import type { Random } from '../../kit/seed/random.js';
import { RANKINGS, type RankingName, type AttractionTypeCode } from '../lookups/codes.js';
import { DISTRICTS, NAMED_ATTRACTIONS, NAME_WORDS, type SeedCommune } from './places.js';

/** An attraction (điểm du lịch) as the seed plans it, before it becomes a DL_DIEMDULICH row. */
export interface AttractionPlan {
  readonly id: number;
  readonly name: string;
  readonly type: AttractionTypeCode;
  /** XEP_HANG. */
  readonly rank: number;
  readonly unitCode: string;
  readonly recognizedOn: string;
  readonly deleted: boolean;
}

type Template = (commune: SeedCommune, word: string) => { name: string; type: AttractionTypeCode; ranking: RankingName[] };

const TEMPLATES: Readonly<Record<'beach' | 'relic' | 'scenery' | 'ecology' | 'community', Template>> = {
  beach: (c) => ({ name: `Bãi biển ${c.name}`, type: 'BB', ranking: ['UNRANKED'] }),
  relic: (c) => ({ name: `Đình làng ${c.name}`, type: 'DT', ranking: ['PROVINCIAL', 'PROVINCIAL', 'PROVINCIAL', 'NATIONAL', 'UNRANKED', 'UNRANKED'] }),
  scenery: (_c, word) => ({ name: `Thác ${word}`, type: 'DL', ranking: ['UNRANKED', 'UNRANKED', 'PROVINCIAL'] }),
  ecology: (c) => ({ name: `Khu sinh thái ${c.name}`, type: 'ST', ranking: ['UNRANKED'] }),
  community: (c) => ({ name: `Làng du lịch cộng đồng ${c.name}`, type: 'CD', ranking: ['UNRANKED'] }),
};

/**
 * About a hundred attractions: the well-known ones of both old provinces and a few minor ones per
 * district (communal houses, waterfalls, beaches, community tourism villages), most recognized long
 * before 2023, some since, under the commune code in force on the day of recognition.
 */
export function planAttractions(random: Random, communes: ReadonlyMap<string, SeedCommune[]>, until: string): AttractionPlan[] {
  const plans: AttractionPlan[] = [];
  const add = (commune: SeedCommune, name: string, type: AttractionTypeCode, ranking: RankingName, recognizedOn: string, deleted: boolean) =>
    plans.push({ id: plans.length + 1, name, type, rank: RANKINGS[ranking], unitCode: codeOnDay(commune.code, commune.successor, recognizedOn), recognizedOn, deleted });
  for (const a of NAMED_ATTRACTIONS) {
    if (a.recognizedOn > until) continue;
    const members = communes.get(a.district)!;
    const commune = members.find((c) => c.name === a.near) ?? random.pick(members);
    add(commune, a.name, a.type, a.ranking, a.recognizedOn, false);
  }
  for (const [district, members] of communes) {
    const profile = DISTRICTS[district]!;
    const kinds: Array<readonly [keyof typeof TEMPLATES, number]> = [
      ['relic', 4],
      ['scenery', 2],
      profile.coastal ? ['beach', 3] : ['ecology', 2],
      ['community', district.startsWith('6') ? 3 : 1],
    ];
    for (let i = 0; i < profile.attractions; i++) {
      const commune = random.pick(members);
      const { name, type, ranking } = TEMPLATES[random.weighted(kinds)](commune, random.pick(NAME_WORDS));
      const recognizedOn = random.chance(0.75) ? random.day('1995-01-01', '2022-12-31') : random.day('2023-01-01', until);
      add(commune, name, type, random.pick(ranking), recognizedOn, random.chance(0.03));
    }
  }
  return plans;
}
