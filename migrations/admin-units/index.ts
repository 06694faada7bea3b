import { adminUnits001 } from './001-admin-units.js';

export const adminUnitsMigrations = [adminUnits001];
