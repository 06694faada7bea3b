import type { Knex } from 'knex';
import type { Migration } from '../../subgraphs/kit/database/migrate.js';

/** Versioned administrative units and the lineage edges of the 2025 reform. */
export const adminUnits001: Migration = {
  name: '001-admin-units',
  async up(knex: Knex) {
    await knex.schema.createTable('admin_unit', (t) => {
      t.increments('id').primary();
      t.string('code', 10).notNullable();
      t.string('name', 200).notNullable();
      t.string('name_search', 200).notNullable();
      t.string('type', 50).notNullable();
      t.string('level', 10).notNullable();
      t.date('valid_from').notNullable();
      t.date('valid_to').nullable();
      t.integer('parent_id').nullable().references('id').inTable('admin_unit');
      t.unique(['code', 'valid_from']);
      t.index(['parent_id']);
      t.index(['level', 'code']);
    });
    await knex.schema.createTable('admin_unit_lineage', (t) => {
      t.integer('predecessor_id').notNullable().references('id').inTable('admin_unit');
      t.integer('successor_id').notNullable().references('id').inTable('admin_unit');
      t.string('kind', 20).notNullable();
      t.primary(['predecessor_id', 'successor_id']);
      t.index(['successor_id']);
    });
  },
  async down(knex: Knex) {
    await knex.schema.dropTable('admin_unit_lineage');
    await knex.schema.dropTable('admin_unit');
  },
};
