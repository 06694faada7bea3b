import { land001 } from './001-land-schema.js';
import { land002 } from './002-land-lookups.js';

export const landMigrations = [land001, land002];
