/**
 * `npm run migrate` and `npm run seed`: set up sector databases explicitly, e.g. a demo or benchmark
 * PostgreSQL server (`<SECTOR>_DATABASE_URL`), or the embedded ones ahead of `npm start`.
 *
 *   npm run migrate [-- --sector NAME]
 *   npm run seed [-- --sector NAME] [-- --scale 50]     (migrates first; seeds a database once)
 */
import 'reflect-metadata';
import { createLogger, logLevelEnv } from '../lib/logger.js';
import { loadSubgraphConfig } from '../subgraphs/kit/config.js';
import { migrateLatest } from '../subgraphs/kit/database/migrate.js';
import { openDatabase } from '../subgraphs/kit/database/open-database.js';
import '../subgraphs/kit/database/pg-types.js';
import { ensureSeeded } from '../subgraphs/kit/database/seed-state.js';
import { explainConnectError } from '../subgraphs/kit/database/database-errors.js';
import { subgraphNamed, subgraphs } from '../subgraphs/all.js';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const seed = args.includes('--seed');
const sector = option('--sector');
const scale = option('--scale');
if (scale) process.env.HUB_SEED_SCALE = scale;
const logger = createLogger('setup', logLevelEnv(process.env));

for (const definition of sector ? [subgraphNamed(sector)] : subgraphs) {
  const config = loadSubgraphConfig(definition);
  /** A database that cannot be opened stops the command with one line that says what to do. */
  const explained = (error: unknown): never => {
    const line = explainConnectError(error, config.databaseUrl);
    if (!line) throw error;
    process.stderr.write(`${seed ? 'seed' : 'migrate'} ${definition.name}: ${line}\n`);
    process.exit(1);
  };
  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, sector: definition.name }).catch(explained);
  try {
    await db.ping().catch(explained);
    const applied = await migrateLatest(db, definition.migrations);
    logger.info({ sector: definition.name, database: db.kind, applied }, 'migrated');
    if (seed) {
      const started = Date.now();
      const done = await ensureSeeded(db, definition.seed, { scale: config.seedScale, until: config.seedUntil });
      logger.info({ sector: definition.name, scale: config.seedScale, ms: Date.now() - started }, done ? 'seeded' : 'already seeded, left as is');
    }
  } finally {
    await db.close();
  }
}
