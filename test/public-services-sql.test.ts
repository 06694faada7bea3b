import { describe, expect, it } from 'vitest';
import type { Database } from '../subgraphs/kit/database/database.js';
import { mssqlDialect } from '../subgraphs/kit/dialect/mssql.js';
import { postgresDialect } from '../subgraphs/kit/dialect/postgres.js';
import { AgencyRepository } from '../subgraphs/public-services/agencies/agency.repository.js';
import { DossierRepository } from '../subgraphs/public-services/dossiers/dossier.repository.js';
import { MeasureRepository } from '../subgraphs/public-services/indicators/measure.repository.js';
import { ProcedureRepository } from '../subgraphs/public-services/procedures/procedure.repository.js';
import { recordingKnex } from './support/sql-recorder.js';

/**
 * No SQL Server here: record the statements the repositories generate for it and check they stay
 * inside what T-SQL accepts (no PostgreSQL casts, FILTER, string concatenation or intervals) and
 * bind code lists as one JSON parameter.
 */
describe('public-services repositories generate dialect-neutral SQL', () => {
  const cases = [
    { client: 'mssql' as const, dialect: mssqlDialect, kind: 'mssql' as const },
    { client: 'pg' as const, dialect: postgresDialect, kind: 'postgres' as const },
  ];

  it.each(cases)('on $client', async ({ client, dialect, kind }) => {
    const { knex, statements } = recordingKnex(client);
    const db: Database = { kind, knex, dialect, ping: async () => {}, close: async () => {} };
    const codes = ['524', '21034', '21040'];
    await new MeasureRepository(db).measures(codes, { from: '2024-01-01', to: '2024-12-31' });
    const dossiers = new DossierRepository(db);
    await dossiers.pages(
      [
        { key: '524@2000-01-01', codes },
        { key: '530@2000-01-01', codes: ['530'] },
      ],
      {
        filter: {
          receivedFrom: new Date('2023-12-31T17:00:00Z'),
          receivedBefore: new Date('2024-12-31T17:00:00Z'),
          statusCode: '04',
          online: true,
          overdue: true,
          now: new Date(),
        },
        after: [new Date('2024-06-01T03:00:00Z'), 1234],
        limit: 51,
      },
    );
    await dossiers.byIds([1, 2], codes);
    await dossiers.applicants([1, 2], codes);
    await new ProcedureRepository(db).byIds([1, 2]);
    await new AgencyRepository(db).byCodes(['000.00.22.H48']);
    expect(statements).toHaveLength(6);
    // Soft-deleted rows are excluded in every statement, whatever the dialect.
    for (const sql of statements) expect(sql).toContain(client === 'mssql' ? '[DaXoa]' : '"DaXoa"');
    if (client === 'mssql') {
      // PostgreSQL-only syntax; the postgres dialect helpers legitimately use `::` casts.
      for (const sql of statements) expect(sql).not.toMatch(/::|\bfilter\s*\(|\|\||\binterval\b|\bat time zone\b/i);
      expect(statements.join('\n')).toContain('openjson');
      expect(statements[0]).toContain("switchoffset([h].[NgayTra], '+07:00')");
      expect(statements[4]).toContain('convert(date, [t].[NgayQuyetDinh], 103)');
    }
  });
});
