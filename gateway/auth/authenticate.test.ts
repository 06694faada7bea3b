import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKeyStore, type KeyStore } from './api-keys.js';
import { createAuthenticator, type Authenticator } from './authenticate.js';
import { createJwtVerifier } from './jwt-verifier.js';

const SECRET = 'a shared secret of at least thirty-two bytes';
const ISSUER = 'https://id.example.vn';
const AUDIENCE = 'ioc-hub';

let dir: string;
let store: KeyStore;
let key: string;
let revokedKey: string;
let jwt: string;
let authenticate: Authenticator;
let keysOnly: Authenticator;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ioc-auth-'));
  store = await openKeyStore({ file: join(dir, 'api-keys.json') });
  key = (await store.create({ role: 'local', units: ['524'] })).key;
  const revoked = await store.create({ role: 'province' });
  await store.revoke(revoked.id);
  revokedKey = revoked.key;
  jwt = await new SignJWT({ role: 'auditor', scope: 'pii:read' })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject('tran.thi.b')
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(SECRET));
  authenticate = createAuthenticator({ keyStore: store, jwt: createJwtVerifier({ secret: SECRET, issuer: ISSUER, audience: AUDIENCE }) });
  keysOnly = createAuthenticator({ keyStore: store });
});
afterAll(async () => {
  store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('authenticator', () => {
  it('sends a key with the hub prefix to the key store and anything JWT-shaped to the verifier', async () => {
    expect(await authenticate(`Bearer ${key}`)).toMatchObject({ ok: true, caller: { role: 'local', area: { kind: 'UNITS', codes: ['524'] } } });
    expect(await authenticate(`Bearer ${jwt}`)).toMatchObject({ ok: true, caller: { id: 'tran.thi.b', role: 'auditor', scopes: ['pii:read'] } });
    expect(await authenticate(`bearer  ${key}`)).toMatchObject({ ok: true }); // the scheme is case-insensitive
  });

  it('refuses a missing header, another scheme, a bare scheme and junk', async () => {
    for (const header of [undefined, '', 'Basic dXNlcjpwYXNz', 'Bearer', 'Bearer ', `Token ${key}`, 'Bearer abc def', 'Bearer not-a-token', `Bearer ${'a'.repeat(20_000)}`]) {
      expect(await authenticate(header), String(header).slice(0, 40)).toMatchObject({ ok: false, reason: expect.any(String) });
    }
  });

  it('passes on why a credential was refused', async () => {
    expect(await authenticate(`Bearer ${revokedKey}`)).toEqual({ ok: false, reason: 'API key revoked' });
    expect(await authenticate(`Bearer ${key.slice(0, -2)}xx`)).toMatchObject({ ok: false });
    expect(await authenticate(`Bearer ${jwt.slice(0, -2)}xx`)).toEqual({ ok: false, reason: 'bad token signature' });
  });

  it('refuses JWTs when no identity provider is configured, and still takes API keys', async () => {
    expect(await keysOnly(`Bearer ${jwt}`)).toEqual({ ok: false, reason: 'JWTs are not accepted (no identity provider configured)' });
    expect(await keysOnly(`Bearer ${key}`)).toMatchObject({ ok: true });
  });
});
