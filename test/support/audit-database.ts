import knexFactory from 'knex';
import { randomBytes } from 'node:crypto';
import { auditMigrations } from '../../migrations/audit/index.js';
import type { Database } from '../../subgraphs/kit/database/database.js';
import { migrateLatest } from '../../subgraphs/kit/database/migrate.js';
import { openPglite } from '../../subgraphs/kit/database/open-pglite.js';
import { openServer } from '../../subgraphs/kit/database/open-server.js';
import type { TestDatabaseKind } from '../../subgraphs/kit/testing/test-database.js';

export interface AuditTestDatabase {
  db: Database;
  /** Empties the log and resets the head, behind the append-only triggers (tests run as a superuser). */
  reset(): Promise<void>;
  /** Another handle on the same database (a second gateway instance); the same handle on PGlite. */
  open(): Database;
  drop(): Promise<void>;
}

/** Building a PGlite cluster takes seconds; a dump of a migrated one loads in a fraction of that. */
let pgliteTemplate: Promise<Blob> | undefined;

async function migratedPglite(): Promise<Blob> {
  const db = await openPglite({ dataDir: 'memory://' });
  try {
    await migrateLatest(db, auditMigrations);
    return (await db.pglite.dumpDataDir('none')) as Blob;
  } finally {
    await db.close();
  }
}

/**
 * A migrated, empty audit store: in-memory PGlite, or a database of its own on the server at
 * TEST_DATABASE_URL, dropped afterwards. (The audit store has no subgraph definition to hand to
 * createTestDatabase yet.)
 */
export async function createAuditTestDatabase(kind: Exclude<TestDatabaseKind, 'mssql'>): Promise<AuditTestDatabase> {
  if (kind === 'pglite') {
    const db = await openPglite({ dataDir: 'memory://', loadDataDir: await (pgliteTemplate ??= migratedPglite()) });
    return { db, reset: () => reset(db), open: () => db, drop: () => db.close() };
  }
  const url = new URL(process.env.TEST_DATABASE_URL!);
  const name = `ioc_test_audit_${randomBytes(4).toString('hex')}`;
  const admin = knexFactory({ client: 'pg', connection: url.toString(), pool: { min: 0, max: 1 } });
  await admin.raw('create database ??', [name]);
  url.pathname = `/${name}`;
  const db = openServer(url.toString());
  await migrateLatest(db, auditMigrations);
  const others: Database[] = [];
  return {
    db,
    reset: () => reset(db),
    open: () => {
      const other = openServer(url.toString());
      others.push(other);
      return other;
    },
    drop: async () => {
      await Promise.all([db, ...others].map((d) => d.close()));
      await admin.raw('drop database if exists ?? with (force)', [name]);
      await admin.destroy();
    },
  };
}

async function reset(db: Database): Promise<void> {
  await db.knex.transaction(async (trx) => {
    await trx.raw('set local session_replication_role = replica');
    await trx.raw('truncate audit_event_unit, audit_event_subject, audit_event');
    await trx('audit_chain_head').update({ last_id: 0, last_hash: '0'.repeat(64) });
  });
}
