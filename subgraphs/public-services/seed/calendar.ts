import type { IsoDate } from '../../kit/dates.js';

export const addDays = (day: IsoDate, n: number): IsoDate => new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10);

export const isWeekend = (day: IsoDate): boolean => {
  const weekday = new Date(Date.parse(day)).getUTCDay();
  return weekday === 0 || weekday === 6;
};

/**
 * The working day `n` working days after `day` (Saturdays and Sundays skipped; public holidays are
 * left out of the demo). From a weekend day, counting starts on the next Monday.
 */
export function addWorkingDays(day: IsoDate, n: number): IsoDate {
  let d = day;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (!isWeekend(d)) left--;
  }
  while (isWeekend(d)) d = addDays(d, 1);
  return d;
}

/** Years since 2023-01-01 as a fraction, for trends. */
export const yearsSince2023 = (day: IsoDate): number => (Date.parse(day) - Date.parse('2023-01-01')) / (365.25 * 86_400_000);
