import { join } from 'node:path';
import type { Database } from './database.js';
import { openPglite } from './open-pglite.js';
import { openServer } from './open-server.js';

export interface DatabaseLocation {
  /** `<SECTOR>_DATABASE_URL`; null selects the embedded database. */
  url: string | null;
  /** The hub's data directory; the embedded database lives in `<dataDir>/<sector>`. */
  dataDir: string;
  sector: string;
}

export function openDatabase(location: DatabaseLocation): Promise<Database> {
  if (location.url) return Promise.resolve(openServer(location.url));
  return openPglite({ dataDir: join(location.dataDir, location.sector) });
}
