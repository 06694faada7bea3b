import { fisheries001 } from './001-fisheries.js';
import { fisheries002 } from './002-registrations-and-signal-loss.js';

export const fisheriesMigrations = [fisheries001, fisheries002];
