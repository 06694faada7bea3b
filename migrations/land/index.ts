import { land001 } from './001-land-schema.js';
import { land002 } from './002-land-lookups.js';
import { land003 } from './003-land-resurvey-exchange.js';

export const landMigrations = [land001, land002, land003];
