import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../lib/env.js';
import { createJwtVerifier, type JwtVerifierOptions } from './jwt-verifier.js';

const ISSUER = 'https://id.quangngai.gov.vn/realms/ioc';
const AUDIENCE = 'ioc-hub';
const SECRET = 'a shared secret of at least thirty-two bytes';

let dir: string;
let jwksFile: string;
let signingKey: CryptoKey;
let strangerKey: CryptoKey;
let publicJwk: JWK;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ioc-jwt-'));
  const pair = await generateKeyPair('ES256', { extractable: true });
  signingKey = pair.privateKey;
  strangerKey = (await generateKeyPair('ES256')).privateKey;
  publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'idp-1', alg: 'ES256', use: 'sig' };
  jwksFile = join(dir, 'jwks.json');
  await writeFile(jwksFile, JSON.stringify({ keys: [publicJwk] }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

interface MintOptions {
  key?: CryptoKey | Uint8Array;
  alg?: string;
  kid?: string;
  issuer?: string;
  audience?: string;
  expiresAt?: number;
  subject?: string | null;
}

/** A token as the identity provider would issue it. */
function mint(claims: JWTPayload, options: MintOptions = {}): Promise<string> {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: options.alg ?? 'ES256', kid: options.kid ?? 'idp-1' })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresAt ?? Math.floor(Date.now() / 1000) + 300);
  if (options.subject !== null) jwt.setSubject(options.subject ?? 'nguyen.van.a');
  return jwt.sign(options.key ?? signingKey);
}
const hmac = (claims: JWTPayload, options: MintOptions = {}) => mint(claims, { key: new TextEncoder().encode(SECRET), alg: 'HS256', ...options });

const withFile = (extra: Partial<JwtVerifierOptions> = {}) => createJwtVerifier({ jwksFile, issuer: ISSUER, audience: AUDIENCE, ...extra });
const withSecret = (extra: Partial<JwtVerifierOptions> = {}) => createJwtVerifier({ secret: SECRET, issuer: ISSUER, audience: AUDIENCE, ...extra });

describe('JWT verifier with a JWKS file', () => {
  it('maps the claims of a valid token to a caller', async () => {
    const verifier = withFile();
    expect(await verifier.verify(await mint({ role: 'local', units: ['524', '52401'], scope: 'pii:read pii:sensitive' }))).toEqual({
      id: 'nguyen.van.a',
      role: 'local',
      area: { kind: 'UNITS', codes: ['524', '52401'] },
      sector: null,
      scopes: ['pii:read', 'pii:sensitive'],
    });
    expect(await verifier.verify(await mint({ role: 'department', sector: 'incidents', scope: ['pii:read'] }))).toMatchObject({
      role: 'department',
      area: { kind: 'ALL' },
      sector: 'incidents',
      scopes: ['pii:read'],
    });
    expect(await verifier.verify(await mint({ role: 'local', units: '524 525' }))).toMatchObject({ area: { kind: 'UNITS', codes: ['524', '525'] } });
  });

  it('reads the grant from the claim names it is given', async () => {
    const verifier = withFile({ claims: { role: 'ioc_role', units: 'ioc_units', sector: 'ioc_sector', scope: 'scp' } });
    const token = await mint({ ioc_role: 'local', ioc_units: ['52401'], scp: ['pii:read'], role: 'province' });
    expect(await verifier.verify(token)).toMatchObject({ role: 'local', area: { codes: ['52401'] }, scopes: ['pii:read'] });
  });

  it('refuses a wrong issuer, a wrong audience and an expired token', async () => {
    const verifier = withFile();
    expect(await verifier.check(await mint({ role: 'province' }, { issuer: 'https://elsewhere' }))).toEqual({ ok: false, reason: 'token iss check failed' });
    expect(await verifier.check(await mint({ role: 'province' }, { audience: 'another-app' }))).toEqual({ ok: false, reason: 'token aud check failed' });
    const expired = await mint({ role: 'province' }, { expiresAt: Math.floor(Date.now() / 1000) - 60 });
    expect(await verifier.check(expired)).toEqual({ ok: false, reason: 'token expired' });
    // within the default 30 s of clock tolerance it still passes
    expect(await verifier.verify(await mint({ role: 'province' }, { expiresAt: Math.floor(Date.now() / 1000) - 10 }))).not.toBeNull();
  });

  it('refuses claims the caller contract cannot express, and a token with no subject', async () => {
    const verifier = withFile();
    const refused = async (claims: JWTPayload, reason: RegExp, options: MintOptions = {}) =>
      expect(await verifier.check(await mint(claims, options))).toEqual({ ok: false, reason: expect.stringMatching(reason) });
    await refused({ role: 'superuser' }, /unknown role/);
    await refused({}, /unknown role/);
    await refused({ role: 'local' }, /at least one unit/);
    await refused({ role: 'local', units: ['Bình Sơn'] }, /not a unit code/);
    await refused({ role: 'department' }, /needs a sector/);
    await refused({ role: 'province', units: ['524'] }, /local role only/);
    await refused({ role: 'local', units: 524 }, /neither a list nor a string/);
    await refused({ role: 'province' }, /sub/, { subject: null });
  });

  it('refuses a bad signature, alg none and an HMAC token made with the public key', async () => {
    const verifier = withFile();
    expect(await verifier.check(await mint({ role: 'province' }, { key: strangerKey }))).toEqual({ ok: false, reason: 'bad token signature' });
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const unsigned = `${b64({ alg: 'none' })}.${b64({ role: 'province', sub: 'x', iss: ISSUER, aud: AUDIENCE, exp: now + 60 })}.`;
    expect(await verifier.verify(unsigned)).toBeNull();
    // The classic confusion attack: the public JWK's bytes as an HMAC secret.
    const confused = await mint({ role: 'province' }, { key: new TextEncoder().encode(JSON.stringify(publicJwk)), alg: 'HS256' });
    expect(await verifier.check(confused)).toEqual({ ok: false, reason: 'token algorithm not allowed' });
    expect(await verifier.check('eyJ.not.jwt')).toEqual({ ok: false, reason: 'malformed token' });
  });

  it('returns a verified token from its cache', async () => {
    const verifier = withFile();
    const token = await mint({ role: 'province' });
    const first = await verifier.verify(token);
    expect(first).not.toBeNull();
    expect(await verifier.verify(token)).toBe(first);
  });
});

describe('JWT verifier with a shared secret', () => {
  it('accepts a token signed with the secret and refuses everything else', async () => {
    const verifier = withSecret();
    expect(await verifier.verify(await hmac({ role: 'auditor', scope: 'pii:read' }))).toMatchObject({ role: 'auditor', scopes: ['pii:read'] });
    expect(await verifier.check(await hmac({ role: 'auditor' }, { key: new TextEncoder().encode('another secret of at least thirty-two bytes') }))).toEqual({
      ok: false,
      reason: 'bad token signature',
    });
    expect(await verifier.verify(await hmac({ role: 'auditor' }, { issuer: 'https://elsewhere' }))).toBeNull();
    expect(await verifier.verify(await hmac({ role: 'auditor' }, { audience: 'x' }))).toBeNull();
    expect(await verifier.verify(await hmac({ role: 'auditor' }, { expiresAt: Math.floor(Date.now() / 1000) - 120 }))).toBeNull();
    expect(await verifier.verify(await hmac({ role: 'root' }))).toBeNull();
    expect(await verifier.check(await mint({ role: 'auditor' }))).toEqual({ ok: false, reason: 'token algorithm not allowed' });
  });
});

describe('JWT verifier configuration', () => {
  it('needs exactly one key source, a long enough secret and algorithms that fit it', () => {
    const base = { issuer: ISSUER, audience: AUDIENCE };
    expect(() => createJwtVerifier(base)).toThrow(ConfigError);
    expect(() => createJwtVerifier({ ...base, secret: SECRET, jwksFile })).toThrow(/exactly one/);
    expect(() => createJwtVerifier({ ...base, secret: 'short' })).toThrow(/32 bytes/);
    expect(() => createJwtVerifier({ ...base, jwksFile, algorithms: ['RS256', 'HS256'] })).toThrow(/asymmetric only/);
    expect(() => createJwtVerifier({ ...base, secret: SECRET, algorithms: ['RS256'] })).toThrow(/shared secret/);
    expect(() => createJwtVerifier({ ...base, jwksFile, algorithms: ['none'] })).toThrow(ConfigError);
    expect(() => createJwtVerifier({ ...base, jwksFile: join(dir, 'missing.json') })).toThrow(/cannot use the JWKS file/);
    expect(() => createJwtVerifier({ ...base, jwksUrl: 'not a url' })).toThrow(/not a URL/);
  });
});

describe('JWT verifier with a JWKS URL', () => {
  let server: Server;
  let url: string;
  let fetches = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      fetches += 1;
      if (req.url !== '/certs') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [publicJwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/certs`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fetches the key set once and verifies tokens with it', async () => {
    const verifier = createJwtVerifier({ jwksUrl: url, issuer: ISSUER, audience: AUDIENCE });
    const before = fetches;
    expect(await verifier.verify(await mint({ role: 'province' }))).toMatchObject({ role: 'province' });
    expect(await verifier.verify(await mint({ role: 'developer' }, { subject: 'dev' }))).toMatchObject({ role: 'developer', id: 'dev' });
    expect(await verifier.check(await mint({ role: 'province' }, { key: strangerKey }))).toEqual({ ok: false, reason: 'bad token signature' });
    expect(fetches - before).toBe(1);
  });

  it('refuses tokens when the key set cannot be fetched', async () => {
    const missing = createJwtVerifier({ jwksUrl: url.replace('/certs', '/nothing'), issuer: ISSUER, audience: AUDIENCE });
    expect(await missing.check(await mint({ role: 'province' }))).toEqual({ ok: false, reason: expect.stringMatching(/identity provider keys unavailable/) });
    const closed = createJwtVerifier({ jwksUrl: 'http://127.0.0.1:9/certs', issuer: ISSUER, audience: AUDIENCE, jwksTimeoutMs: 1000 });
    expect(await closed.check(await mint({ role: 'province' }))).toEqual({ ok: false, reason: expect.stringMatching(/identity provider keys unavailable/) });
  });
});
