import { addDays, startOfVietnamDay, type IsoDate } from '../dates.js';

/**
 * The last instant a demo seed may write: the end of `until`, or now when `until` is today (a seed
 * run at 10:00 writes nothing received at 16:00). A seed for a day in the past is unchanged by it,
 * and stays deterministic.
 */
export function seedHorizon(until: IsoDate, now: number = Date.now()): Date {
  return new Date(Math.min(startOfVietnamDay(addDays(until, 1)).getTime(), now));
}
