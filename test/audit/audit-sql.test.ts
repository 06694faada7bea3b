import knexFactory, { type Knex } from 'knex';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../../lib/audit/chain.js';
import { subjectHash } from '../../lib/audit/subject-hash.js';
import { audit001 } from '../../migrations/audit/001-audit.js';
import { AuditEventRepository } from '../../subgraphs/audit/audit-events/audit-event.repository.js';
import type { Database } from '../../subgraphs/kit/database/database.js';
import { mssqlDialect } from '../../subgraphs/kit/dialect/mssql.js';
import { auditRecord } from '../support/audit-records.js';
import { recordingKnex } from '../../subgraphs/kit/testing/sql-recorder.js';

interface Statement {
  sql: string;
  bindings: number;
}

/**
 * No SQL Server here: a knex of a recording subclass of the `mssql` client (a transaction's client
 * is made from the class, so instance patches would not reach it), with a connection that accepts
 * transactions and a chain head that answers, so the statements of a whole append can be checked.
 */
function recordingMssql(): { db: Database; statements: Statement[] } {
  const statements: Statement[] = [];
  const MssqlClient = recordingKnex('mssql').knex.client.constructor as typeof Knex.Client;
  const done = (callback: (error?: Error) => void) => callback();
  class Recording extends MssqlClient {
    override async acquireConnection() {
      return { beginTransaction: done, commitTransaction: done, rollbackTransaction: done, inTransaction: true, state: { name: 'LoggedIn' } };
    }
    override async releaseConnection() {}
    async _query(_connection: unknown, query: { sql: string; bindings?: unknown[] }) {
      statements.push({ sql: query.sql, bindings: query.bindings?.length ?? 0 });
      return { ...query, response: { recordset: [], rowsAffected: [0] } };
    }
    processResponse(query: { sql: string }) {
      return /^select .* from \[audit_chain_head\]/.test(query.sql) ? { last_id: '41', last_hash: GENESIS_HASH } : [];
    }
  }
  const knex = knexFactory({ client: Recording, connection: {}, pool: { min: 0, max: 1 } });
  return { db: { kind: 'mssql', knex, dialect: mssqlDialect, ping: async () => {}, close: async () => {} }, statements };
}

const POSTGRES_ONLY = /::|jsonb|plpgsql|\btrigger\b|\bunnest\b|\bany\(|\bserial\b|timestamptz/i;

describe('audit store SQL on SQL Server', () => {
  it('creates tables with lengths on indexed text and no PostgreSQL-only types or triggers', async () => {
    const { db, statements } = recordingMssql();
    await audit001.up(db.knex);
    const ddl = statements.map((s) => s.sql).join('\n');
    expect(ddl).not.toMatch(POSTGRES_ONLY);
    expect(ddl).toMatch(/\[at\] datetimeoffset not null/);
    expect(ddl).toMatch(/\[operation_name\] nvarchar\(200\)/);
    expect(ddl).toMatch(/\[subject\] nvarchar\(64\) not null/);
  });

  it('appends 500 records in a dozen statements under 2,100 parameters each, the head locked', async () => {
    const { db, statements } = recordingMssql();
    const subjects = [subjectHash('k'.repeat(32), '1'), subjectHash('k'.repeat(32), '2')];
    const events = await new AuditEventRepository(db).append(
      Array.from({ length: 500 }, (_, i) => auditRecord(i, { units: ['51', '51003', `51${i}`], subjects })),
    );
    expect(events[0]!.id).toBe(42);
    expect(statements[0]!.sql).toMatch(/from \[audit_chain_head\] with \(UPDLOCK\)/);
    expect(statements.at(-1)!.sql).toMatch(/^update \[audit_chain_head\]/);
    expect(Math.max(...statements.map((s) => s.bindings))).toBeLessThan(2_100);
    // 500 × 20 columns, 1,000 subject rows and 1,500 unit rows of 3 columns, plus lock and update.
    expect(statements).toHaveLength(2 + Math.ceil(500 / 100) + Math.ceil(1000 / 666) + Math.ceil(1500 / 666));
    expect(statements.map((s) => s.sql).join('\n')).not.toMatch(POSTGRES_ONLY);
  });

  it('reads pages and the whole log with T-SQL', async () => {
    const { db, statements } = recordingMssql();
    const repo = new AuditEventRepository(db);
    await repo.find({ callerId: 'k', unit: ['51', '52'], subject: 'a'.repeat(64), outcome: 'OK', from: new Date(0), to: new Date() }, { first: 50, after: 900 });
    await repo.verify();
    await repo.exportJsonl(() => {});
    const sql = statements.map((s) => s.sql).join('\n');
    expect(sql).not.toMatch(POSTGRES_ONLY);
    expect(statements[0]!.sql).toMatch(/^select top \(@p\d+\)/);
    expect(statements[0]!.sql).toMatch(/openjson/);
  });
});
