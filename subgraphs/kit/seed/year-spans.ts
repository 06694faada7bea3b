/** Seeding over calendar years: the spans of a date range, a day weighted by year, scaled counts. */
import type { Random } from './random.js';

export const minDay = (a: string, b: string): string => (a < b ? a : b);

export interface YearSpan {
  readonly year: number;
  readonly from: string;
  readonly to: string;
  /** Share of the year covered (the last year may end at `until`). */
  readonly fraction: number;
}

/** The calendar years from `from` to `until`, the last one cut at `until`. */
export function yearSpans(from: string, until: string): YearSpan[] {
  const spans: YearSpan[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(until.slice(0, 4)); year++) {
    const start = `${year}-01-01` < from ? from : `${year}-01-01`;
    const end = minDay(`${year}-12-31`, until);
    if (start > end) continue;
    const days = (Date.parse(end) - Date.parse(start)) / 86_400_000 + 1;
    spans.push({ year, from: start, to: end, fraction: days / 365 });
  }
  return spans;
}

/** A day in one of the spans, picked by the spans' weights (per whole year) times their length. */
export function dayInSpans(random: Random, spans: readonly YearSpan[], weightOf: (year: number) => number): string {
  const span = random.weighted(spans.map((s) => [s, weightOf(s.year) * s.fraction] as const));
  return random.day(span.from, span.to);
}

/** A count scaled and rounded, never negative. */
export const volume = (base: number, scale: number): number => Math.max(0, Math.round(base * scale));
