import type { IsoDate } from '../../kit/dates.js';

/** Years since 2023-01-01 as a fraction, for trends. */
export const yearsSince2023 = (day: IsoDate): number => (Date.parse(day) - Date.parse('2023-01-01')) / (365.25 * 86_400_000);
