import { audit001 } from './001-audit.js';

export const auditMigrations = [audit001];
