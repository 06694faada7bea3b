import type { SeedCommune } from './places.js';
import { REFORM_DATE } from '../../kit/indicators/period.js';

/** The code a record made on `day` carries: the old commune before the reform, its successor after. */
export const codeOn = (commune: SeedCommune, day: string): string => (day < REFORM_DATE ? commune.code : commune.successor);
