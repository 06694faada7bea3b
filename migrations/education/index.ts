import { education001 } from './001-education-schema.js';
import { education002 } from './002-education-lookups.js';

export const educationMigrations = [education001, education002];
