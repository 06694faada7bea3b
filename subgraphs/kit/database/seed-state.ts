import type { Database } from './database.js';

export interface SeedOptions {
  /** Volume multiplier for the demo generators: 1 is the modest demo, larger is for benchmarks. */
  scale: number;
  /** The last day the generated data covers (default: today); fixed in tests for stable numbers. */
  until: string;
}

export type Seeder = (db: Database, options: SeedOptions) => Promise<void>;

const TABLE = 'hub_seed';

/** Seeds a sector once: the first start of a fresh database; later starts find the marker. */
export async function ensureSeeded(db: Database, seed: Seeder, options: SeedOptions): Promise<boolean> {
  const { knex } = db;
  if (!(await knex.schema.hasTable(TABLE))) {
    await knex.schema.createTable(TABLE, (t) => {
      t.integer('scale').notNullable();
      t.string('until', 10).notNullable();
      t.timestamp('seeded_at').notNullable();
    });
  }
  if (await knex(TABLE).first()) return false;
  await seed(db, options);
  await knex(TABLE).insert({ scale: options.scale, until: options.until, seeded_at: new Date() });
  return true;
}
