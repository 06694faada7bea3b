import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChainHead } from '../lib/audit/chain.js';
import { subjectHash } from '../lib/audit/subject-hash.js';
import { AuditEventRepository } from '../subgraphs/audit/audit-events/audit-event.repository.js';
import { createAuditTestDatabase, type AuditTestDatabase } from '../test/support/audit-database.js';
import { auditRecord } from '../test/support/audit-records.js';

const SCRIPT = join(import.meta.dirname, '..', 'scripts', 'audit-verify.ts');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npx tsx scripts/audit-verify.ts …`, as the npm script runs it. */
function auditVerify(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', SCRIPT, ...args], (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

describe('scripts/audit-verify on an exported log', () => {
  let store: AuditTestDatabase;
  let dir: string;
  let exported: string;
  let lines: string[];
  let head: ChainHead;
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  beforeAll(async () => {
    store = await createAuditTestDatabase('pglite');
    const repo = new AuditEventRepository(store.db);
    const subject = subjectHash('k'.repeat(32), '079203000123');
    for (let b = 0; b < 3; b++) {
      await repo.append(Array.from({ length: 10 }, (_, i) => auditRecord(10 * b + i, { subjects: i === 3 ? [subject] : [], purpose: 'Hồ sơ số 7' })));
    }
    dir = mkdtempSync(join(tmpdir(), 'audit-verify-'));
    exported = join(dir, 'audit.jsonl');
    const chunks: string[] = [];
    await repo.exportJsonl((line) => void chunks.push(line), { batchSize: 7 });
    writeFileSync(exported, chunks.join(''));
    lines = readFileSync(exported, 'utf8').split('\n').filter(Boolean);
    head = await repo.head();
  });
  afterAll(async () => {
    await store?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('passes an intact export and prints its head', async () => {
    expect(lines).toHaveLength(30);
    expect(await auditVerify(exported)).toEqual({ code: 0, stdout: `audit log OK: 30 records, head 30 ${head.hash}\n`, stderr: '' });
  });

  it('fails a tampered copy at the record that was changed, removed or cut off', async () => {
    const edited = lines.map((l, i) => (i === 11 ? l.replace('"key-province-1"', '"key-someone-else"') : l));
    expect(edited[11]).toContain('key-someone-else');
    const removed = lines.filter((_, i) => i !== 20);
    const truncated = lines.slice(0, 25);
    const [edit, remove, cutWithAnchor, cutWithout] = await Promise.all([
      auditVerify(file('edited.jsonl', edited.join('\n'))),
      auditVerify(file('removed.jsonl', removed.join('\n'))),
      auditVerify(file('truncated.jsonl', truncated.join('\n')), '--anchor', `${head.id}:${head.hash}`),
      auditVerify(join(dir, 'truncated.jsonl')),
    ]);
    expect(edit).toMatchObject({ code: 1, stdout: expect.stringMatching(/^audit log BROKEN at record 12: record 12 does not match its hash/) });
    expect(remove).toMatchObject({ code: 1, stdout: 'audit log BROKEN at record 21: record 21 is missing (the next record is 22)\n' });
    expect(cutWithAnchor).toMatchObject({ code: 1, stdout: expect.stringMatching(/^audit log BROKEN at record 26: the log ends at record 25/) });
    // Without an anchor a cut-off tail looks like a shorter log: the documented limit.
    expect(cutWithout).toMatchObject({ code: 0, stdout: expect.stringMatching(/^audit log OK: 25 records, head 25 /) });
  });

  it('answers bad input with one line and exit 2', async () => {
    const notJson = lines.map((l, i) => (i === 4 ? l.slice(0, 40) : l)).join('\n');
    const notRecord = lines.map((l, i) => (i === 4 ? l.replace(/"cached":false/, '"cached":"no"') : l)).join('\n');
    const runs = await Promise.all([
      auditVerify(file('not-json.jsonl', notJson)),
      auditVerify(file('not-record.jsonl', notRecord)),
      auditVerify(join(dir, 'missing.jsonl')),
      auditVerify(),
      auditVerify(exported, '--anchor', 'head'),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2, 2]);
    expect(runs.map((r) => r.stdout)).toEqual(['', '', '', '', '']);
    expect(runs[0]!.stderr).toBe(`audit-verify: ${join(dir, 'not-json.jsonl')} line 5 is not an audit record: not JSON\n`);
    expect(runs[1]!.stderr).toBe(`audit-verify: ${join(dir, 'not-record.jsonl')} line 5 is not an audit record: record 5: cached is not a boolean\n`);
    expect(runs[2]!.stderr).toBe(`audit-verify: cannot read ${join(dir, 'missing.jsonl')}: no such file\n`);
    expect(runs[3]!.stderr).toMatch(/^audit-verify: usage: /);
    expect(runs[4]!.stderr).toMatch(/^audit-verify: --anchor takes/);
  });
});
