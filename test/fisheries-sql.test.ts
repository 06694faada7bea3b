import { describe, expect, it } from 'vitest';
import { IndicatorRepository } from '../subgraphs/fisheries/indicators/indicator.repository.js';
import { VesselLengthClass } from '../subgraphs/fisheries/legacy/codes.js';
import { PortCallRepository } from '../subgraphs/fisheries/port-calls/port-call.repository.js';
import { VesselRepository } from '../subgraphs/fisheries/vessels/vessel.repository.js';
import { ViolationRepository } from '../subgraphs/fisheries/violations/violation.repository.js';
import { VmsRepository } from '../subgraphs/fisheries/vms/vms.repository.js';
import type { Database } from '../subgraphs/kit/database/database.js';
import { mssqlDialect } from '../subgraphs/kit/dialect/mssql.js';
import { recordingKnex } from './support/sql-recorder.js';

/**
 * A SQL Server database that records the statements it is sent and answers no rows: there is no
 * SQL Server on this machine, so this checks that the fisheries repositories generate T-SQL.
 */
function recordingMssql(): { db: Database; statements: string[] } {
  const { knex, statements } = recordingKnex('mssql');
  const db: Database = { kind: 'mssql', knex, dialect: mssqlDialect, ping: async () => {}, close: () => knex.destroy() };
  return { db, statements };
}

/** PostgreSQL-only syntax that must never reach SQL Server. */
const POSTGRES_ONLY = /::|\bfilter\s*\(|\|\||\binterval\b|\bany\s*\(/i;
const SCOPES = [
  { key: '524@2000-01-01', codes: ['524', '21112'] },
  { key: '536@2000-01-01', codes: ['536'] },
];

describe('fisheries repositories on SQL Server (generated T-SQL)', () => {
  it('answers the indicators of a batch of units with one T-SQL statement', async () => {
    const { db, statements } = recordingMssql();
    await new IndicatorRepository(db).measures(['524', '21112', '536'], { from: '2024-01-01', to: '2024-12-31' });
    expect(statements).toHaveLength(1);
    const [sql] = statements;
    expect(sql).not.toMatch(POSTGRES_ONLY);
    expect(sql).toContain('openjson(');
    expect(sql).toContain('convert(date, [v].[NGAYDANGKY], 103)');
    expect(sql).toContain('union all');
    expect(sql).toMatch(/sum\(case when .* then 1 else 0 end\)/);
    await db.close();
  });

  it('pages, batches and scopes in T-SQL too', async () => {
    const { db, statements } = recordingMssql();
    const after = [new Date('2024-06-01T00:00:00Z'), 10];
    const range = { from: new Date('2024-01-01T00:00:00+07:00'), to: new Date('2025-01-01T00:00:00+07:00') };
    await new VesselRepository(db).page(SCOPES, { filter: { lengthClass: VesselLengthClass.FROM_24M, hasVms: true }, after: ['QNg-90001-TS'], limit: 51 });
    await new VesselRepository(db).owners([1, 2], ['524', '21112']);
    await new ViolationRepository(db).page(SCOPES, { filter: { ...range, type: null }, after, limit: 11 });
    await new ViolationRepository(db).latestOfVessels([1, 2, 3], 5, null);
    await new PortCallRepository(db).page(SCOPES, { filter: { ...range, kind: null }, after: null, limit: 11 });
    await new VmsRepository(db).lastPositions([1, 2, 3], ['524']);
    expect(statements).toHaveLength(6);
    for (const sql of statements) expect(sql).not.toMatch(POSTGRES_ONLY);
    expect(statements[0]).toContain('row_number() over (partition by scope.scope_key order by [v].[SODANGKY] asc)');
    expect(statements[0]).toContain('exists (select 1 from [THIETBI_VMS]');
    await db.close();
  });
});
