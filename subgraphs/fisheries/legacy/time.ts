import { startOfVietnamDay, type IsoDate } from '../../kit/dates.js';

export const HOUR_MS = 3600_000;
export const DAY_MS = 24 * HOUR_MS;

/** A period of days as the half-open instant range [from 00:00, day after `to` 00:00) in Vietnam. */
export const periodInstants = (period: { from: IsoDate; to: IsoDate }): { from: Date; to: Date } => ({
  from: startOfVietnamDay(period.from),
  to: new Date(startOfVietnamDay(period.to).getTime() + DAY_MS),
});

/** All of time: the range of a list asked for without a period. */
export const ALL_TIME = { from: new Date('1900-01-01T00:00:00Z'), to: new Date('9999-01-01T00:00:00Z') } as const;
