import { publicServices001 } from './001-public-services.js';

export const publicServicesMigrations = [publicServices001];
