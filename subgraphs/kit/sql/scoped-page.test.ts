import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordingKnex } from '../testing/sql-recorder.js';
import type { Database } from '../database/database.js';
import { openPglite } from '../database/open-pglite.js';
import { mssqlDialect } from '../dialect/mssql.js';
import type { KeyColumn } from '../graphql/keyset.js';
import type { PageScope } from '../graphql/scoped-page-loader.js';
import { scopedPage } from './scoped-page.js';

const ORDER: KeyColumn[] = [
  { column: 'r.day', direction: 'desc', type: 'date' },
  { column: 'r.id', direction: 'asc', type: 'int' },
];
const SCOPES: PageScope[] = [
  { key: 'district-a', codes: ['001', '002', '003'] },
  { key: 'district-b', codes: ['003', '004'] },
  { key: 'empty', codes: ['999'] },
];

describe('scopedPage', () => {
  let db: Database;

  beforeAll(async () => {
    db = await openPglite({ dataDir: 'memory://' });
    await db.knex.schema.createTable('rec', (t) => {
      t.integer('id').primary();
      t.string('code', 5);
      t.date('day');
      t.index(['code', 'day', 'id']);
    });
    const rows = Array.from({ length: 200 }, (_, i) => ({
      id: i + 1,
      code: `00${(i % 4) + 1}`,
      day: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
    }));
    await db.knex('rec').insert(rows);
  });
  afterAll(() => db.close());

  const page = (strategy: 'per-code' | 'window', after: Array<string | number> | null, limit = 6) =>
    scopedPage<{ id: number }>({
      knex: db.knex,
      dialect: db.dialect,
      base: db.knex('rec as r'),
      unitColumn: 'r.code',
      scopes: SCOPES,
      columns: ['r.id as id', 'r.code as code'],
      order: ORDER,
      after,
      limit,
      strategy,
    });

  it('gives the same pages per code as numbering every record, first page and after a cursor', async () => {
    for (const after of [null, ['2024-06-15', 40]]) {
      const perCode = await page('per-code', after);
      const windowed = await page('window', after);
      expect(perCode).toEqual(windowed);
      expect(perCode.filter((r) => r.scope_key === 'district-a')).toHaveLength(6);
      expect(perCode.some((r) => r.scope_key === 'empty')).toBe(false);
      expect(Object.keys(perCode[0]!).sort()).toEqual(['code', 'id', 'page_rank', 'scope_key']);
    }
  });

  it('takes each code through CROSS APPLY with TOP on SQL Server', async () => {
    const { knex, statements } = recordingKnex('mssql');
    await scopedPage({ knex, dialect: mssqlDialect, base: knex('rec as r'), unitColumn: 'r.code', scopes: SCOPES, columns: ['r.id as id'], order: ORDER, after: null, limit: 6 });
    expect(statements[0]).toMatch(/cross apply \(select top \(@p\d+\) .* order by \[r\]\.\[day\] desc, \[r\]\.\[id\] asc\) as \[candidate\]/);
    await knex.destroy();
  });
});
