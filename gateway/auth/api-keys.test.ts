import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openKeyStore, type KeyStore, type KeyStoreOptions } from './api-keys.js';

let dir: string;
let file: string;
const stores: KeyStore[] = [];
const open = async (options: Partial<KeyStoreOptions> = {}) => {
  const store = await openKeyStore({ file, ...options });
  stores.push(store);
  return store;
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ioc-keys-'));
  file = join(dir, 'data', 'api-keys.json');
});
afterEach(async () => {
  for (const store of stores.splice(0)) store.close();
  await rm(dir, { recursive: true, force: true });
});

const DAY = 86_400_000;

describe('API key store', () => {
  it('issues a key that authenticates as the caller it grants', async () => {
    const store = await open();
    const { id, key } = await store.create({ role: 'local', units: ['524', '52401'], scopes: ['pii:read'], label: 'Bình Sơn IOC' });
    expect(key).toMatch(/^ioc_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(key.startsWith(`ioc_${id}_`)).toBe(true);
    expect(store.authenticate(key)).toEqual({ id, role: 'local', area: { kind: 'UNITS', codes: ['524', '52401'] }, sector: null, scopes: ['pii:read'] });

    const dept = await store.create({ role: 'department', sector: 'incidents' });
    expect(store.authenticate(dept.key)).toMatchObject({ role: 'department', area: { kind: 'ALL' }, sector: 'incidents', scopes: [] });
  });

  it('stores only a hash of the secret, in a file only its owner can read', async () => {
    const store = await open();
    const { key } = await store.create({ role: 'province' });
    const text = await readFile(file, 'utf8');
    const secret = key.split('_').slice(2).join('_');
    expect(text).not.toContain(secret);
    expect(JSON.parse(text)).toMatchObject({ version: 1, keys: [{ role: 'province', secretSha256: expect.stringMatching(/^[0-9a-f]{64}$/) }] });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(store.list()[0]).not.toHaveProperty('secretSha256');
  });

  it('refuses a wrong secret, an unknown id and a malformed key', async () => {
    const store = await open();
    const { id, key } = await store.create({ role: 'province' });
    const last = key.at(-1) === 'A' ? 'B' : 'A';
    expect(store.check(key.slice(0, -1) + last)).toEqual({ ok: false, reason: 'wrong API key secret' });
    expect(store.check(key.replace(id, '0123456789abcdef'))).toEqual({ ok: false, reason: 'unknown API key' });
    expect(store.check(key.slice(0, -1))).toEqual({ ok: false, reason: 'malformed API key' });
    expect(store.authenticate(`${key}x`)).toBeNull();
    expect(store.authenticate('')).toBeNull();
  });

  it('refuses a revoked key, and revoking is idempotent', async () => {
    const store = await open();
    const { id, key } = await store.create({ role: 'developer' });
    const other = await store.create({ role: 'developer' });
    const revoked = await store.revoke(id);
    expect(revoked?.revokedAt).toEqual(expect.any(String));
    expect(store.check(key)).toEqual({ ok: false, reason: 'API key revoked' });
    expect(store.authenticate(other.key)).not.toBeNull();
    expect((await store.revoke(id))?.revokedAt).toBe(revoked?.revokedAt);
    expect(await store.revoke('0123456789abcdef')).toBeNull();
  });

  it('expires keys after 90 days by default, after the days asked, or never', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const store = await open({ now: () => now });
    const byDefault = await store.create({ role: 'auditor', scopes: ['pii:read', 'pii:sensitive'] });
    const short = await store.create({ role: 'auditor', expiresInDays: 1 });
    const forever = await store.create({ role: 'auditor', expiresInDays: null });
    expect(byDefault.info.expiresAt).toBe('2026-04-01T00:00:00.000Z');
    expect(forever.info.expiresAt).toBeNull();

    now += DAY - 1;
    expect(store.authenticate(short.key)).not.toBeNull();
    now += 1;
    expect(store.check(short.key)).toEqual({ ok: false, reason: 'API key expired' });
    now = Date.parse('2026-04-01T00:00:00Z');
    expect(store.authenticate(byDefault.key)).toBeNull();
    expect(store.authenticate(forever.key)).not.toBeNull();

    const noDefault = await open({ defaultExpiresInDays: null });
    expect((await noDefault.create({ role: 'province' })).info.expiresAt).toBeNull();
  });

  it('refuses grants the caller contract cannot express', async () => {
    const store = await open();
    await expect(store.create({ role: 'admin' })).rejects.toThrow(/unknown role/);
    await expect(store.create({ role: 'local' })).rejects.toThrow(/at least one unit/);
    await expect(store.create({ role: 'local', units: ['5240'] })).rejects.toThrow(/not a unit code/);
    await expect(store.create({ role: 'department' })).rejects.toThrow(/needs a sector/);
    await expect(store.create({ role: 'province', units: ['524'] })).rejects.toThrow(/local role only/);
    await expect(store.create({ role: 'developer', sector: 'incidents' })).rejects.toThrow(/department role only/);
    await expect(store.create({ role: 'province', scopes: ['pii read'] })).rejects.toThrow(/not a scope/);
    await expect(store.create({ role: 'province', expiresInDays: 0 })).rejects.toThrow(/at least 1/);
    expect(store.list()).toEqual([]);
  });

  it('lets a running store see keys created and revoked by another process within about a second', async () => {
    const gateway = await open();
    const cli = await open({ reloadIntervalMs: 0 });
    const { id, key } = await cli.create({ role: 'province' });
    const created = Date.now();
    await expect.poll(() => gateway.authenticate(key), { interval: 10, timeout: 1500 }).not.toBeNull();
    expect(Date.now() - created).toBeLessThan(1250);

    await cli.revoke(id);
    const revoked = Date.now();
    await expect.poll(() => gateway.authenticate(key), { interval: 10, timeout: 1500 }).toBeNull();
    expect(Date.now() - revoked).toBeLessThan(1250);
    expect(gateway.list()[0]?.revokedAt).toEqual(expect.any(String));
  });

  it('does not lose keys when two stores write at the same time', async () => {
    const a = await open({ reloadIntervalMs: 0 });
    const b = await open({ reloadIntervalMs: 0 });
    const made = await Promise.all([...Array(6)].map((_, i) => (i % 2 ? a : b).create({ role: 'developer', label: `key ${i}` })));
    const fresh = await open({ reloadIntervalMs: 0 });
    expect(fresh.list().map((k) => k.id).sort()).toEqual(made.map((m) => m.id).sort());
    for (const m of made) expect(fresh.authenticate(m.key)).not.toBeNull();
  });

  it('refuses to start on a malformed file, and keeps the last good keys when a running one breaks', async () => {
    const errors: Error[] = [];
    const store = await open({ onReloadError: (e) => errors.push(e) });
    const { key } = await store.create({ role: 'province' });
    await writeFile(file, '{ "version": 1, "keys": [');
    await expect.poll(() => errors.length, { interval: 20, timeout: 2000 }).toBe(1);
    expect(store.authenticate(key)).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(errors).toHaveLength(1); // reported once, not every second
    await expect(openKeyStore({ file })).rejects.toThrow(/not valid JSON/);
    await writeFile(file, JSON.stringify({ version: 1, keys: [{ id: 'zz' }] }));
    await expect(openKeyStore({ file })).rejects.toThrow(/key 1: bad id/);
  });

  it('starts empty when the file does not exist yet, and creates it with its directory', async () => {
    const store = await open();
    expect(store.list()).toEqual([]);
    await store.create({ role: 'province' });
    expect((await stat(join(dir, 'data'))).isDirectory()).toBe(true);
  });
});
