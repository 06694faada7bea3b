import { fisheries001 } from './001-fisheries.js';

export const fisheriesMigrations = [fisheries001];
