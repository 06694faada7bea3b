import type { Logger } from '../../../lib/logger.js';
import type { SubgraphConfig } from '../config.js';
import type { Database } from '../database/database.js';
import { migrateLatest } from '../database/migrate.js';
import { openDatabase } from '../database/open-database.js';
import { ensureSeeded } from '../database/seed-state.js';
import '../database/pg-types.js';
import type { SubgraphDefinition } from '../subgraph-definition.js';
import { serveSubgraph, type RunningSubgraph } from './serve-subgraph.js';

/**
 * Opens the sector's database and serves it. An embedded database is created, migrated and seeded
 * on first start; a configured server database is only read (`npm run migrate`/`npm run seed` set
 * up a demo server explicitly).
 */
export async function startSubgraph<R, S>(
  definition: SubgraphDefinition<R, S>,
  config: SubgraphConfig,
  logger: Logger,
): Promise<RunningSubgraph & { db: Database }> {
  const open = () => openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, sector: definition.name });
  let db = await open();
  try {
    if (db.kind === 'pglite' && (await prepareEmbedded(db, definition, config, logger))) {
      // Creating and seeding a cluster grows PGlite's WASM heap to about 900 MB, which it never
      // gives back; a fresh engine on the same directory needs less than half of that.
      await db.close();
      db = await open();
    }
    const running = await serveSubgraph(definition, {
      db,
      logger,
      port: config.port,
      host: config.host,
      cacheMaxAgeSeconds: config.cacheMaxAgeSeconds,
      callerVerifyKey: config.callerVerifyKey,
      env: config.env,
    });
    return {
      ...running,
      db,
      stop: async () => {
        await running.stop();
        logger.debug('server stopped');
        await db.close();
        logger.debug('database closed');
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** Migrates and seeds an embedded database; true when it changed anything. */
async function prepareEmbedded<R, S>(db: Database, definition: SubgraphDefinition<R, S>, config: SubgraphConfig, logger: Logger): Promise<boolean> {
  const applied = await migrateLatest(db, definition.migrations);
  if (applied.length) logger.info({ applied }, 'migrated embedded database');
  const started = Date.now();
  const seeded = await ensureSeeded(db, definition.seed, { scale: config.seedScale, until: config.seedUntil });
  if (seeded) logger.info({ ms: Date.now() - started, scale: config.seedScale }, 'seeded embedded database');
  return applied.length > 0 || seeded;
}
