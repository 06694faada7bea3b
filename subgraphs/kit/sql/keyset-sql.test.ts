import knexFactory from 'knex';
import { describe, expect, it } from 'vitest';
import type { KeyColumn } from '../graphql/keyset.js';
import { whereAfter } from './keyset-sql.js';

const NEWEST_FIRST: readonly KeyColumn[] = [
  { column: 't.RECEIVED', direction: 'desc', type: 'instant' },
  { column: 't.ID', direction: 'desc', type: 'int' },
];

describe('keyset conditions', () => {
  it('spells "after the cursor" out without row values, which SQL Server lacks', () => {
    const knex = knexFactory({ client: 'mssql' });
    const sql = whereAfter(knex('T as t').select('t.ID'), NEWEST_FIRST, [new Date('2024-06-01T03:00:00Z'), 42]).toSQL().toNative().sql;
    expect(sql).toBe('select [t].[ID] from [T] as [t] where (([t].[RECEIVED] < @p0) or ([t].[RECEIVED] = @p1 and [t].[ID] < @p2))');
  });
});
