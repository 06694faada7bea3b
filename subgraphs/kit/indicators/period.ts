import { badUserInput } from '../../../lib/errors.js';
import { addDays, startOfVietnamDay, type IsoDate } from '../dates.js';

export interface DatePeriod {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** The first day of the two-tier units: periods before it are recorded under old codes (reference data's). */
export { REFORM_DATE } from '../../../reference/admin-units/reference-units.js';
const MAX_DAYS = 366 * 10;

/** Validates a period argument (the Date scalar already checked each date). */
export function checkPeriod(period: DatePeriod): DatePeriod {
  if (period.from > period.to) throw badUserInput(`period.from ${period.from} is after period.to ${period.to}`, 'period');
  const days = (Date.parse(period.to) - Date.parse(period.from)) / 86_400_000;
  if (days > MAX_DAYS) throw badUserInput('a period may span at most ten years', 'period');
  return { from: period.from, to: period.to };
}

/** An optional period argument of a list: checked like the indicators' one when given. */
export function optionalPeriod(period: DatePeriod | null | undefined): DatePeriod | null {
  return period ? checkPeriod(period) : null;
}

/** Half-open upper bound for timestamp columns: the day after `to`. */
export const dayAfter = (day: IsoDate): IsoDate => addDays(day, 1);

/** A period of Vietnam days as the half-open instant range [from 00:00, day after `to` 00:00). */
export const periodInstants = (period: DatePeriod): { from: Date; to: Date } => ({
  from: startOfVietnamDay(period.from),
  to: startOfVietnamDay(dayAfter(period.to)),
});

/** All of time: the instant range of a list asked for without a period. */
export const ALL_TIME: { readonly from: Date; readonly to: Date } = { from: new Date('1900-01-01T00:00:00Z'), to: new Date('9999-01-01T00:00:00Z') };

/** The steps of an indicator series. */
export enum SeriesStep {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

/** Sub-periods a series may have at most (ten years of months). */
export const MAX_SERIES_PERIODS = 120;

/**
 * A period cut at calendar months, quarters or years: the first and last sub-periods are clipped to
 * the period (a series from 15 March by month starts with 15–31 March).
 */
export function seriesPeriods(period: DatePeriod, every: SeriesStep): DatePeriod[] {
  const months = every === SeriesStep.MONTH ? 1 : every === SeriesStep.QUARTER ? 3 : 12;
  const periods: DatePeriod[] = [];
  let year = Number(period.from.slice(0, 4));
  // The calendar step the period starts in (January, the quarter's first month, or the month itself).
  let month = Math.floor((Number(period.from.slice(5, 7)) - 1) / months) * months;
  for (;;) {
    const start = `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-01`;
    const nextMonth = month + months;
    const next = `${String(year + Math.floor(nextMonth / 12)).padStart(4, '0')}-${String((nextMonth % 12) + 1).padStart(2, '0')}-01`;
    const end = addDays(next, -1);
    if (start > period.to) break;
    periods.push({ from: start < period.from ? period.from : start, to: end > period.to ? period.to : end });
    if (periods.length > MAX_SERIES_PERIODS) throw badUserInput(`a series may have at most ${MAX_SERIES_PERIODS} sub-periods: choose a longer step or a shorter period`, 'every');
    year += Math.floor(nextMonth / 12);
    month = nextMonth % 12;
  }
  return periods;
}
