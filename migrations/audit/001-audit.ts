import type { Knex } from 'knex';
import type { Migration } from '../../subgraphs/kit/database/migrate.js';

const GENESIS_HASH = '0'.repeat(64);
const APPEND_ONLY = ['audit_event', 'audit_event_subject', 'audit_event_unit'];

/**
 * The audit log: one row per request, hash-chained (lib/audit/chain.ts). Lists live in JSON text
 * columns, except the two an auditor searches by (units asked about, data subjects), which get
 * child tables with their position so the record's arrays come back in order. `audit_chain_head`
 * is one row that every writer locks, so ids are gap-free and each record links to the last one.
 *
 * On PostgreSQL (and PGlite) triggers refuse UPDATE, DELETE and TRUNCATE on the three log tables,
 * and refuse moving the head backwards or deleting it. They stop mistakes and the hub's own code,
 * not a determined administrator: the table owner can drop or disable them and a superuser can
 * skip them (`session_replication_role = replica`). Run the hub as a role that does not own the
 * tables (INSERT/SELECT on the log, SELECT/UPDATE on the head) and rely on the chain check for the
 * rest. SQL Server gets no triggers yet.
 */
export const audit001: Migration = {
  name: '001-audit',
  async up(knex: Knex) {
    await knex.schema.createTable('audit_event', (t) => {
      // Assigned by the writer under the head lock, not by an identity: gap-free by construction.
      t.bigInteger('id').primary();
      t.timestamp('at', { useTz: true, precision: 3 }).notNullable();
      t.string('request_id', 100).notNullable();
      t.string('caller_id', 200).nullable();
      t.string('role', 50).nullable();
      // JSON arrays of strings, in record order.
      t.text('area').notNullable();
      t.string('purpose', 1000).nullable();
      t.string('operation_name', 200).nullable();
      t.string('operation_type', 12).nullable();
      t.string('document_hash', 64).nullable();
      t.string('variables_hash', 64).nullable();
      t.text('subgraphs').notNullable();
      t.string('outcome', 20).notNullable();
      t.text('error_codes').notNullable();
      t.boolean('cached').notNullable();
      t.integer('duration_ms').notNullable();
      t.string('response_hash', 64).nullable();
      t.integer('response_bytes').notNullable();
      t.string('prev_hash', 64).notNullable();
      t.string('hash', 64).notNullable();
      // Lists are newest first (id desc) under a filter: each index ends with the id.
      t.index(['at'], 'ix_audit_event_at');
      t.index(['caller_id', 'id'], 'ix_audit_event_caller');
      t.index(['operation_name', 'id'], 'ix_audit_event_operation');
      t.index(['outcome', 'id'], 'ix_audit_event_outcome');
    });
    await knex.schema.createTable('audit_event_subject', (t) => {
      t.bigInteger('event_id').notNullable().references('id').inTable('audit_event');
      t.integer('position').notNullable();
      t.string('subject', 64).notNullable();
      t.primary(['event_id', 'position']);
      t.index(['subject', 'event_id'], 'ix_audit_event_subject');
    });
    await knex.schema.createTable('audit_event_unit', (t) => {
      t.bigInteger('event_id').notNullable().references('id').inTable('audit_event');
      t.integer('position').notNullable();
      t.string('unit_code', 20).notNullable();
      t.primary(['event_id', 'position']);
      t.index(['unit_code', 'event_id'], 'ix_audit_event_unit');
    });
    await knex.schema.createTable('audit_chain_head', (t) => {
      t.integer('id').primary();
      t.bigInteger('last_id').notNullable();
      t.string('last_hash', 64).notNullable();
    });
    await knex('audit_chain_head').insert({ id: 1, last_id: 0, last_hash: GENESIS_HASH });
    if (isPostgres(knex)) await createPostgresGuards(knex);
  },
  async down(knex: Knex) {
    if (isPostgres(knex)) {
      await knex.raw('drop function if exists audit_refuse_change() cascade');
      await knex.raw('drop function if exists audit_head_forward_only() cascade');
    }
    for (const table of ['audit_chain_head', 'audit_event_unit', 'audit_event_subject', 'audit_event']) await knex.schema.dropTableIfExists(table);
  },
};

/** PostgreSQL and PGlite both run behind knex's `pg` client. */
const isPostgres = (knex: Knex): boolean => knex.client.dialect === 'postgresql';

async function createPostgresGuards(knex: Knex): Promise<void> {
  await knex.raw(`
    create function audit_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'the audit log is append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
    end $$`);
  for (const table of APPEND_ONLY) {
    await knex.raw(`create trigger ?? before update or delete on ?? for each row execute function audit_refuse_change()`, [`${table}_append_only`, table]);
    await knex.raw(`create trigger ?? before truncate on ?? for each statement execute function audit_refuse_change()`, [`${table}_no_truncate`, table]);
  }
  await knex.raw(`
    create function audit_head_forward_only() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' or new.last_id < old.last_id or new.id <> old.id then
        raise exception 'the audit chain head only moves forward: % refused', tg_op using errcode = 'insufficient_privilege';
      end if;
      return new;
    end $$`);
  await knex.raw(`create trigger audit_chain_head_forward_only before update or delete on audit_chain_head for each row execute function audit_head_forward_only()`);
  await knex.raw(`create trigger audit_chain_head_no_truncate before truncate on audit_chain_head for each statement execute function audit_refuse_change()`);
}
