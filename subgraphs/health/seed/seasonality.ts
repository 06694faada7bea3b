import type { Terrain } from '../../../reference/admin-units/old-units.js';

/**
 * How strongly the demo's seasonal diseases circulate on a day, relative to an average week of an
 * average year (1): dengue with the rains (September–November on the coast, June–September on the
 * Kon Tum plateau), hand-foot-mouth in spring and autumn (a large EV71 year in 2023), influenza in
 * winter and spring, and the measles outbreak of late 2024 – mid 2025, worst in the uplands.
 */
export type Circulation = 'dengue' | 'hfmd' | 'measles' | 'flu';

const MONTHLY: Readonly<Record<Exclude<Circulation, 'measles'>, Readonly<Record<'51' | '62', readonly number[]>>>> = {
  dengue: {
    '51': [0.35, 0.2, 0.15, 0.15, 0.2, 0.35, 0.6, 0.9, 1.6, 2.6, 2.9, 1.7],
    '62': [0.2, 0.15, 0.1, 0.15, 0.4, 1.1, 1.9, 2.5, 2.3, 1.4, 0.55, 0.3],
  },
  hfmd: {
    '51': [0.5, 0.6, 1.1, 1.5, 1.6, 1.2, 0.8, 0.7, 1.2, 1.5, 1.3, 0.8],
    '62': [0.5, 0.6, 1.0, 1.4, 1.6, 1.3, 0.9, 0.8, 1.1, 1.4, 1.2, 0.8],
  },
  flu: {
    '51': [1.8, 1.6, 1.2, 0.8, 0.6, 0.9, 1.1, 1.0, 0.8, 0.7, 0.9, 1.4],
    '62': [1.7, 1.5, 1.1, 0.8, 0.7, 1.0, 1.2, 1.1, 0.9, 0.8, 0.9, 1.3],
  },
};

const YEARLY: Readonly<Record<Exclude<Circulation, 'measles'>, Readonly<Record<number, number>>>> = {
  dengue: { 2023: 1.0, 2024: 1.35, 2025: 0.8, 2026: 1.1 },
  hfmd: { 2023: 1.6, 2024: 1.0, 2025: 0.9, 2026: 1.0 },
  flu: { 2023: 1.25, 2024: 1.0, 2025: 1.05, 2026: 0.95 },
};

const MEASLES_PEAK = Date.parse('2025-02-15');
const MEASLES_SPREAD_DAYS = 75;

export function circulation(kind: Circulation, day: string, province: '51' | '62'): number {
  if (kind === 'measles') {
    const t = (Date.parse(day) - MEASLES_PEAK) / 86_400_000 / MEASLES_SPREAD_DAYS;
    const outbreak = Date.parse(day) >= Date.parse('2024-08-15') && Date.parse(day) <= Date.parse('2025-07-31') ? Math.exp(-t * t) : 0;
    return 0.02 + outbreak * (province === '62' ? 1.5 : 1);
  }
  const month = Number(day.slice(5, 7)) - 1;
  return MONTHLY[kind][province][month]! * (YEARLY[kind][Number(day.slice(0, 4))] ?? 1);
}

/** Where each disease strikes, relative to population: dengue on the crowded plain, measles in the uplands. */
export const TERRAIN_RISK: Readonly<Record<'dengue' | 'hfmd' | 'measles', Readonly<Record<Terrain, number>>>> = {
  dengue: { city: 1.6, lowland: 1.2, island: 0.7, mountain: 0.35 },
  hfmd: { city: 1.3, lowland: 1.0, island: 0.7, mountain: 0.7 },
  measles: { city: 0.4, lowland: 0.5, island: 0.3, mountain: 3.0 },
};
