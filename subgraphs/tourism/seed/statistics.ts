import { addDays } from '../../kit/dates.js';
import { createRandom, type Random } from '../../kit/seed/random.js';
import { REFORM_DATE } from '../../kit/indicators/period.js';

/** One publication of one province's month, before it becomes a DL_TK_THANG row. */
export interface StatisticsPlan {
  readonly id: number;
  readonly province: string;
  readonly year: number;
  readonly month: number;
  readonly from: string;
  readonly to: string;
  readonly revision: number;
  readonly estimate: boolean;
  readonly publishedOn: string;
  readonly international: number;
  readonly domestic: number;
  readonly guestDays: number;
  /** Million VND. */
  readonly revenue: number;
  readonly deleted: boolean;
}

interface ProvinceProfile {
  /** Guests served a month in 2023 before seasonality. */
  readonly guests: number;
  readonly internationalShare: number;
  readonly guestDaysPerGuest: number;
  /** Million VND a guest. */
  readonly revenuePerGuest: number;
  /** January to December. */
  readonly season: readonly number[];
}

/** Old Quảng Ngãi lives from its beaches and Lý Sơn (summer peak, rainy autumn); old Kon Tum from Măng Đen (Tết and year-end peaks). */
const PROVINCES: Readonly<Record<'51' | '62', ProvinceProfile>> = {
  '51': { guests: 85_000, internationalShare: 0.035, guestDaysPerGuest: 1.05, revenuePerGuest: 2.3, season: [0.95, 1.15, 0.85, 1.0, 1.1, 1.3, 1.35, 1.2, 0.85, 0.7, 0.65, 0.85] },
  '62': { guests: 95_000, internationalShare: 0.04, guestDaysPerGuest: 0.95, revenuePerGuest: 1.6, season: [1.05, 1.2, 0.95, 1.05, 1.0, 1.05, 1.0, 0.95, 0.85, 0.85, 0.95, 1.15] },
};

const GROWTH: Readonly<Record<number, number>> = { 2023: 1, 2024: 1.13, 2025: 1.25, 2026: 1.36 };
const growthOf = (year: number) => GROWTH[year] ?? 1.36 * 1.08 ** (year - 2026);

/** A withdrawn revision typed in by mistake (figures ten times too large), kept with DAXOA = 1. */
const MISTAKES = new Set(['62/2024-03', '51/2025-09']);

interface Figures {
  international: number;
  domestic: number;
  guestDays: number;
  revenue: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

/** What one old province served in a month, as the final figures will say. */
function actualOf(random: Random, profile: ProvinceProfile, year: number, month: number): Figures {
  const guests = profile.guests * growthOf(year) * profile.season[month - 1]! * (0.96 + random.next() * 0.08);
  const international = guests * profile.internationalShare * (0.8 + random.next() * 0.4);
  return {
    international,
    domestic: guests - international,
    guestDays: guests * profile.guestDaysPerGuest * (0.95 + random.next() * 0.1),
    revenue: guests * profile.revenuePerGuest * (0.95 + random.next() * 0.1),
  };
}

const scaled = (f: Figures, factor: number, revenueFactor = factor): Figures => ({
  international: f.international * factor,
  domestic: f.domestic * factor,
  guestDays: f.guestDays * factor,
  revenue: f.revenue * revenueFactor,
});

const add = (a: Figures, b: Figures): Figures => ({
  international: a.international + b.international,
  domestic: a.domestic + b.domestic,
  guestDays: a.guestDays + b.guestDays,
  revenue: a.revenue + b.revenue,
});

/**
 * The monthly statistics table from January 2023 to `until`: per province in force that month (old
 * 51 and old 62 until June 2025, the new 51 from July 2025), an estimate published on the month's
 * last day, the final figures about three weeks later, and for some months a third revision a month
 * or two after that; only what was published by `until` exists, so the latest month stays an
 * estimate. Two months also hold a mistaken revision, withdrawn (DAXOA = 1).
 */
export function planStatistics(until: string): StatisticsPlan[] {
  const rows: StatisticsPlan[] = [];
  for (let year = 2023, month = 1; `${year}-${pad(month)}-01` <= until; month === 12 ? ((year += 1), (month = 1)) : (month += 1)) {
    const from = `${year}-${pad(month)}-01`;
    const to = lastDayOf(year, month);
    const old = (code: '51' | '62') => actualOf(createRandom(`tourism:statistics:${code}:${from}`), PROVINCES[code], year, month);
    const provinces: Array<readonly [string, Figures]> = from < REFORM_DATE ? [['51', old('51')], ['62', old('62')]] : [['51', add(old('51'), old('62'))]];
    // The statistics office publishes on one schedule for the whole department: finals about three
    // weeks after the month, later revisions with a quarterly review.
    const schedule = createRandom(`tourism:schedule:${from}`);
    const finalOn = addDays(to, schedule.int(18, 24));
    const reviewOn = addDays(finalOn, schedule.int(30, 75));
    for (const [province, actual] of provinces) {
      const random = createRandom(`tourism:revisions:${province}:${from}`);
      const publish = (revision: number, publishedOn: string, figures: Figures, deleted = false) => {
        if (publishedOn > until) return false;
        rows.push({
          id: rows.length + 1,
          province,
          year,
          month,
          from,
          to,
          revision,
          estimate: revision === 1,
          publishedOn,
          international: Math.round(figures.international),
          domestic: Math.round(figures.domestic),
          guestDays: Math.round(figures.guestDays),
          revenue: Math.round(figures.revenue * 10) / 10,
          deleted,
        });
        return true;
      };
      // The estimate is made before the month's figures are in: a few per cent off, revenue more so.
      const off = 0.95 + random.next() * 0.09;
      if (!publish(1, to, scaled(actual, off, off * (0.98 + random.next() * 0.04)))) continue;
      if (!publish(2, finalOn, actual)) continue;
      const key = `${province}/${from.slice(0, 7)}`;
      if (MISTAKES.has(key)) publish(3, addDays(finalOn, 3), scaled(actual, 10), true);
      else if (random.chance(0.2)) publish(3, reviewOn, scaled(actual, 0.985 + random.next() * 0.03));
    }
  }
  return rows;
}
