import type { Knex } from 'knex';
import type { Database } from './database.js';

/** One schema change of a sector's demo database, written with knex's schema builder. */
export interface Migration {
  readonly name: string;
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

/** Brings a sector's database to its latest schema; the list order is the order they run in. */
export async function migrateLatest(db: Database, migrations: readonly Migration[]): Promise<string[]> {
  const [, applied] = (await db.knex.migrate.latest({
    tableName: 'hub_migrations',
    migrationSource: {
      getMigrations: async () => [...migrations],
      getMigrationName: (m: Migration) => m.name,
      getMigration: async (m: Migration) => m,
    },
  })) as [number, string[]];
  return applied;
}
