import type { SeedCommune } from './places.js';

/** The day the new communes and the new province took over (Resolution 202/2025/QH15). */
export const REFORM = '2025-07-01';

/** The code a record made on `day` carries: the old commune before the reform, its successor after. */
export const codeOn = (commune: SeedCommune, day: string): string => (day < REFORM ? commune.code : commune.successor);
