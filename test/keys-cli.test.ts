import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKeyStore } from '../gateway/auth/api-keys.js';
import { runKeys } from '../scripts/keys.js';

const ROOT = join(import.meta.dirname, '..');
const KEY = /^ioc_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/;

let dataDir: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run --silent keys -- …` without npm: the same script under tsx, in a child process. */
const spawnKeys = (args: string[], env: Record<string, string> = {}): Promise<Run> =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/keys.ts', ...args],
      { cwd: ROOT, env: { ...process.env, HUB_DATA_DIR: dataDir, API_KEYS_FILE: '', ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });

/** The same command in-process (each child process costs about a second of CPU). */
async function keys(args: string[], env: Record<string, string> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runKeys(args, { HUB_DATA_DIR: dataDir, ...env }, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const authenticate = async (key: string, file = join(dataDir, 'api-keys.json')) => {
  const store = await openKeyStore({ file, reloadIntervalMs: 0 });
  try {
    return store.authenticate(key);
  } finally {
    store.close();
  }
};

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ioc-keys-cli-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('keys CLI', () => {
  it('works end to end as a command: create prints only a key that authenticates, list shows it, revoke ends it, bad use exits 2', async () => {
    const created = await spawnKeys(['create', '--role', 'local', '--unit', '524', '--scope', 'pii:read']);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^ioc_[0-9a-f]{16}_[A-Za-z0-9_-]{43}\n$/);
    const key = created.stdout.trimEnd();
    const id = key.slice(4, 20);
    expect(await authenticate(key)).toEqual({ id, role: 'local', area: { kind: 'UNITS', codes: ['524'] }, sector: null, scopes: ['pii:read'] });
    const [listed, revoked, bad] = await Promise.all([spawnKeys(['list']), spawnKeys(['revoke', id]), spawnKeys(['create', '--role', 'local'])]);
    expect(listed).toMatchObject({ code: 0, stdout: expect.stringContaining(id) });
    expect(revoked).toMatchObject({ code: 0, stdout: expect.stringMatching(new RegExp(`^revoked ${id} at `)) });
    expect(await authenticate(key)).toBeNull();
    expect(bad).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/^keys: a local caller needs at least one unit\nusage:/) });
  });

  it('creates a key, printing only the key, that then authenticates; lists it; revokes it', async () => {
    const created = await keys(['create', '--role', 'local', '--unit', '524', '--unit', '52401', '--scope', 'pii:read', '--label', 'Bình Sơn IOC']);
    expect(created.code).toBe(0);
    const key = created.stdout.trimEnd();
    expect(created.stdout).toBe(`${key}\n`);
    expect(key).toMatch(KEY);
    const id = key.slice(4, 20);
    expect(await authenticate(key)).toEqual({ id, role: 'local', area: { kind: 'UNITS', codes: ['524', '52401'] }, sector: null, scopes: ['pii:read'] });

    const listed = await keys(['list']);
    expect(listed.code).toBe(0);
    const [header, ...rows] = listed.stdout.trimEnd().split('\n');
    expect(header!.split(/\s+/)).toEqual(['id', 'role', 'units', 'sector', 'scopes', 'created', 'expires', 'revoked', 'label']);
    const row = rows.find((r) => r.startsWith(id));
    expect(row!.split(/\s{2,}/)).toEqual([id, 'local', '524,52401', '-', 'pii:read', expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/), expect.stringMatching(/Z$/), '-', 'Bình Sơn IOC']);
    expect(listed.stdout).not.toContain(key.slice(21));

    const revoked = await keys(['revoke', key]); // a leaked key can be pasted whole
    expect(revoked).toMatchObject({ code: 0, stdout: expect.stringMatching(new RegExp(`^revoked ${id} at `)) });
    expect(await authenticate(key)).toBeNull();
    expect((await keys(['list'])).stdout).toMatch(new RegExp(`${id}.*\\d\\dZ.*\\d\\dZ.*\\d\\dZ`));
  });

  it('makes department and non-expiring keys, and honours API_KEYS_FILE', async () => {
    const file = join(dataDir, 'elsewhere', 'keys.json');
    const created = await keys(['create', '--role', 'department', '--sector', 'incidents', '--no-expiry'], { API_KEYS_FILE: file });
    expect(created.code).toBe(0);
    expect(await authenticate(created.stdout.trim(), file)).toMatchObject({ role: 'department', sector: 'incidents' });
    expect((await keys(['list'], { API_KEYS_FILE: file })).stdout).toContain('never');
  });

  it('refuses a bad invocation with one line and the usage on stderr, exit 2', async () => {
    const bad = [
      [],
      ['make'],
      ['create'],
      ['create', '--role', 'admin'],
      ['create', '--role', 'local'],
      ['create', '--role', 'local', '--unit', '52a'],
      ['create', '--role', 'local', '--unit', '5240'],
      ['create', '--role', 'department'],
      ['create', '--role', 'province', '--expires-in-days', '0'],
      ['create', '--role', 'province', '--expires-in-days', '30', '--no-expiry'],
      ['create', '--role', 'province', '--colour', 'red'],
      ['list', '--role', 'province'],
      ['revoke'],
      ['revoke', 'not-an-id'],
    ];
    const runs = [];
    for (const args of bad) runs.push(await keys(args));
    runs.forEach((run, i) => {
      const where = bad[i]!.join(' ');
      expect(run.code, where).toBe(2);
      expect(run.stdout, where).toBe('');
      const [first, second] = run.stderr.split('\n');
      expect(first, where).toMatch(/^keys: \S/);
      expect(second, where).toBe('usage:');
    });
    expect(runs[4]!.stderr).toContain('a local caller needs at least one unit');
  });

  it('fails with exit 1 for a key id it does not know', async () => {
    const run = await keys(['revoke', '0123456789abcdef']);
    expect(run).toMatchObject({ code: 1, stdout: '', stderr: expect.stringMatching(/^keys: no key with id 0123456789abcdef/) });
  });
});
