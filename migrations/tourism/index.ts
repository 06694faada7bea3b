import { tourism001 } from './001-tourism-schema.js';
import { tourism002 } from './002-tourism-lookups.js';

export const tourismMigrations = [tourism001, tourism002];
