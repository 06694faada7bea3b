import { health001 } from './001-health-schema.js';
import { health002 } from './002-health-lookups.js';

export const healthMigrations = [health001, health002];
