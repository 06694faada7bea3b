import { mkdtemp, readFile, rm, stat, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { subjectKeyFromEnv } from '../../lib/audit/subject-key.js';
import { createCallerSigner, createCallerVerifier, readCallerKeyFile } from '../../lib/caller-token.js';
import { openKeyStore, type KeyStore } from './api-keys.js';
import { ensureDemoCredentials } from './demo-credentials.js';

let dataDir: string;
let keyStore: KeyStore;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ioc-demo-'));
  keyStore = await openKeyStore({ file: join(dataDir, 'api-keys.json') });
});
afterEach(async () => {
  keyStore.close();
  await rm(dataDir, { recursive: true, force: true });
});

const mode = async (path: string) => (await stat(path)).mode & 0o777;

describe('demo credentials', () => {
  it('makes a caller-token key pair and one working API key per role on the first start', async () => {
    const made = await ensureDemoCredentials({ dataDir, keyStore, departmentSector: 'a-sector' });
    expect(made).toEqual({
      signingKeyPath: join(dataDir, 'gateway-signing-key.jwk.json'),
      verifyKeyPath: join(dataDir, 'gateway-verify-key.jwk.json'),
      demoKeysPath: join(dataDir, 'demo-keys.txt'),
      subjectKeyPath: join(dataDir, 'audit-subject-key.txt'),
      created: true,
    });
    expect(await mode(made.signingKeyPath)).toBe(0o600);
    expect(await mode(made.demoKeysPath)).toBe(0o600);
    expect(await mode(made.subjectKeyPath)).toBe(0o600);
    expect(subjectKeyFromEnv({}, dataDir)).toHaveLength(32);

    const lines = (await readFile(made.demoKeysPath, 'utf8')).split('\n').filter((l) => l && !l.startsWith('#'));
    const keys = Object.fromEntries(lines.map((l) => l.split(' ') as [string, string]));
    expect(Object.keys(keys)).toEqual(['province', 'local', 'department', 'developer', 'auditor']);
    expect(keyStore.authenticate(keys.province!)).toMatchObject({ role: 'province', area: { kind: 'ALL' }, scopes: [] });
    expect(keyStore.authenticate(keys.local!)).toMatchObject({ role: 'local', area: { kind: 'UNITS', codes: ['524'] } });
    expect(keyStore.authenticate(keys.department!)).toMatchObject({ role: 'department', sector: 'a-sector', scopes: ['pii:read'] });
    expect(keyStore.authenticate(keys.developer!)).toMatchObject({ role: 'developer', scopes: [] });
    expect(keyStore.authenticate(keys.auditor!)).toMatchObject({ role: 'auditor', scopes: ['pii:read', 'pii:sensitive'] });

    const signer = createCallerSigner({ privateKey: readCallerKeyFile(made.signingKeyPath) });
    const verifier = createCallerVerifier({ publicKey: readCallerKeyFile(made.verifyKeyPath) });
    const caller = { ...keyStore.authenticate(keys.local!)!, purpose: null };
    expect(await verifier.verify(await signer.sign(caller))).toEqual(caller);
  });

  it('creates nothing on a second start', async () => {
    const first = await ensureDemoCredentials({ dataDir, keyStore, departmentSector: 'a-sector' });
    const files = await Promise.all([first.signingKeyPath, first.verifyKeyPath, first.demoKeysPath, first.subjectKeyPath].map((p) => readFile(p, 'utf8')));
    const second = await ensureDemoCredentials({ dataDir, keyStore, departmentSector: 'a-sector' });
    expect(second).toEqual({ ...first, created: false });
    expect(await Promise.all([first.signingKeyPath, first.verifyKeyPath, first.demoKeysPath, first.subjectKeyPath].map((p) => readFile(p, 'utf8')))).toEqual(files);
    expect(keyStore.list()).toHaveLength(5);
  });

  it('derives a lost public key from the private one without replacing it', async () => {
    const first = await ensureDemoCredentials({ dataDir, keyStore, departmentSector: 'a-sector' });
    const signing = await readFile(first.signingKeyPath, 'utf8');
    const { d: _d, ...expected } = JSON.parse(signing) as Record<string, string>;
    await unlink(first.verifyKeyPath);
    expect((await ensureDemoCredentials({ dataDir, keyStore, departmentSector: 'a-sector' })).created).toBe(true);
    expect(await readFile(first.signingKeyPath, 'utf8')).toBe(signing);
    expect(JSON.parse(await readFile(first.verifyKeyPath, 'utf8'))).toEqual(expected);
    expect(keyStore.list()).toHaveLength(5);
  });
});
