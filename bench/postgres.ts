import { envPrefix } from '../lib/env.js';
import { migrateLatest } from '../subgraphs/kit/database/migrate.js';
import { openServer } from '../subgraphs/kit/database/open-server.js';
import '../subgraphs/kit/database/pg-types.js';
import { ensureSeeded } from '../subgraphs/kit/database/seed-state.js';
import { subgraphs } from '../subgraphs/all.js';

/**
 * `npm run bench -- --postgres postgres://…`: one database per subgraph on that server
 * (`ioc_bench_<subgraph>_<scale>`), created, migrated and seeded on first use and reused after,
 * and the `<SUBGRAPH>_DATABASE_URL` variables that point the subgraphs at them. The audit trail's
 * database is emptied before each run, so runs compare alike.
 */
export async function benchDatabases(serverUrl: string, scale: number, until: string): Promise<Record<string, string>> {
  const admin = openServer(serverUrl, 1);
  const urls: Record<string, string> = {};
  try {
    for (const definition of subgraphs) {
      const name = `ioc_bench_${definition.name.replace(/-/g, '_')}_${scale}`;
      const { rows } = await admin.knex.raw<{ rows: unknown[] }>('select 1 from pg_database where datname = ?', [name]);
      if (rows.length === 0) await admin.knex.raw('create database ??', [name]);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const db = openServer(url.toString(), 1);
      try {
        await migrateLatest(db, definition.migrations);
        await ensureSeeded(db, definition.seed, { scale, until });
        if (definition.name === 'audit') {
          await db.knex.transaction(async (trx) => {
            await trx.raw('set local session_replication_role = replica');
            await trx.raw('truncate audit_event_unit, audit_event_subject, audit_event');
            await trx('audit_chain_head').update({ last_id: 0, last_hash: '0'.repeat(64) });
          });
        }
      } finally {
        await db.close();
      }
      urls[`${envPrefix(definition.name)}_DATABASE_URL`] = url.toString();
    }
  } finally {
    await admin.close();
  }
  return urls;
}
