import { generateKeyPairSync } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from './caller.js';
import { CALLER_TOKEN_AUDIENCE, CALLER_TOKEN_ISSUER, createCallerSigner, createCallerVerifier } from './caller-token.js';

const local: Caller = { id: 'k1', role: 'local', area: { kind: 'UNITS', codes: ['524'] }, sector: null, scopes: ['pii:read'], purpose: 'case 12/2026' };
const province: Caller = { id: 'k2', role: 'province', area: { kind: 'ALL' }, sector: null, scopes: [], purpose: null };

let privateJwk: JWK;
let publicJwk: JWK;
let otherPrivateJwk: JWK;

beforeAll(async () => {
  const pair = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  privateJwk = await exportJWK(pair.privateKey);
  publicJwk = await exportJWK(pair.publicKey);
  const other = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  otherPrivateJwk = await exportJWK(other.privateKey);
});

/** A token with any payload, signed with the given key the way the gateway signs. */
const forge = async (payload: Record<string, unknown>, key: JWK, header: Record<string, unknown> = {}) =>
  new SignJWT(payload)
    .setProtectedHeader({ alg: 'EdDSA', typ: 'ioc-caller+jwt', ...header })
    .setIssuer(CALLER_TOKEN_ISSUER)
    .setAudience(CALLER_TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('60s')
    .sign(await import('jose').then((j) => j.importJWK(key, 'EdDSA')));

describe('caller token', () => {
  it('carries the full caller from the gateway to a subgraph', async () => {
    const token = await createCallerSigner({ privateKey: privateJwk }).sign(local);
    expect(token.split('.')).toHaveLength(3);
    expect(await createCallerVerifier({ publicKey: publicJwk }).verify(token)).toEqual(local);
  });

  it('accepts Node KeyObjects as well as JWKs', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const token = await createCallerSigner({ privateKey }).sign(province);
    expect(await createCallerVerifier({ publicKey }).verify(token)).toEqual(province);
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const token = await createCallerSigner({ privateKey: privateJwk }).sign(local);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { caller: Caller };
    const widened = { ...claims, caller: { ...claims.caller, role: 'province', area: { kind: 'ALL' } } };
    const tampered = `${header}.${Buffer.from(JSON.stringify(widened)).toString('base64url')}.${signature}`;
    const verifier = createCallerVerifier({ publicKey: publicJwk });
    expect(await verifier.verify(tampered)).toBeNull();
    expect(await verifier.verify(token)).toEqual(local); // the untouched one still passes
  });

  it('refuses a token signed with another key', async () => {
    const token = await createCallerSigner({ privateKey: otherPrivateJwk }).sign(local);
    expect(await createCallerVerifier({ publicKey: publicJwk }).verify(token)).toBeNull();
  });

  it('refuses an expired token, and one from another issuer or for another audience', async () => {
    const verifier = createCallerVerifier({ publicKey: publicJwk });
    const old = await createCallerSigner({ privateKey: privateJwk, now: () => Date.now() - 120_000 }).sign(local);
    expect(await verifier.verify(old)).toBeNull();
    expect(await verifier.verify(await createCallerSigner({ privateKey: privateJwk, issuer: 'someone-else' }).sign(local))).toBeNull();
    expect(await verifier.verify(await createCallerSigner({ privateKey: privateJwk, audience: 'elsewhere' }).sign(local))).toBeNull();
  });

  it('refuses no token, junk, alg none and a JWT of another type', async () => {
    const verifier = createCallerVerifier({ publicKey: publicJwk });
    expect(await verifier.verify(undefined)).toBeNull();
    expect(await verifier.verify('')).toBeNull();
    expect(await verifier.verify('not.a.token')).toBeNull();
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const exp = Math.floor(Date.now() / 1000) + 60;
    const unsigned = `${b64({ alg: 'none', typ: 'ioc-caller+jwt' })}.${b64({ caller: province, iss: CALLER_TOKEN_ISSUER, aud: CALLER_TOKEN_AUDIENCE, exp, iat: exp - 60 })}.`;
    expect(await verifier.verify(unsigned)).toBeNull();
    expect(await verifier.verify(await forge({ caller: province }, privateJwk, { typ: 'JWT' }))).toBeNull();
  });

  it('refuses a correctly signed caller that breaks the caller rules', async () => {
    const verifier = createCallerVerifier({ publicKey: publicJwk });
    expect(await verifier.verify(await forge({ caller: province }, privateJwk))).toEqual(province);
    const broken: Array<Record<string, unknown>> = [
      { ...local, area: { kind: 'UNITS', codes: [] } }, // local without units
      { ...province, area: { kind: 'UNITS', codes: ['524'] } }, // a narrowed province is not a thing
      { ...local, area: { kind: 'ALL' } }, // a local caller widened to the province
      { ...province, role: 'department', sector: null }, // department without sector
      { ...province, role: 'admin' },
      { ...province, purpose: 7 },
      { ...province, scopes: 'pii:read' },
      { id: 'x', role: 'province', area: { kind: 'ALL' }, scopes: [], purpose: null }, // no sector at all
    ];
    for (const caller of broken) expect(await verifier.verify(await forge({ caller }, privateJwk)), JSON.stringify(caller)).toBeNull();
    expect(await verifier.verify(await forge({}, privateJwk))).toBeNull();
  });

  it('reuses one signature per caller, and signs again for another caller or purpose', async () => {
    const signer = createCallerSigner({ privateKey: privateJwk });
    const [a, b] = await Promise.all([signer.sign(local), signer.sign({ ...local, scopes: [...local.scopes] })]);
    expect(b).toBe(a);
    expect(await signer.sign(local)).toBe(a);
    expect(await signer.sign({ ...local, purpose: 'another case' })).not.toBe(a);
    expect(await signer.sign(province)).not.toBe(a);
  });

  it('signs afresh once two thirds of the lifetime have passed', async () => {
    const signer = createCallerSigner({ privateKey: privateJwk, ttlSeconds: 3 });
    const first = await signer.sign(province);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await signer.sign(province)).toBe(first);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await signer.sign(province)).not.toBe(first);
  });

  it('returns the cached caller for a token it verified before, until the token expires', async () => {
    let now = Date.now();
    const token = await createCallerSigner({ privateKey: privateJwk, ttlSeconds: 60, now: () => now }).sign(local);
    const verifier = createCallerVerifier({ publicKey: publicJwk, now: () => now });
    const first = await verifier.verify(token);
    expect(first).toEqual(local);
    expect(await verifier.verify(token)).toBe(first);
    // one object serves many requests, so none of them can change it for the others
    expect(Object.isFrozen(first) && Object.isFrozen(first!.area) && Object.isFrozen(first!.scopes)).toBe(true);
    expect(first!.area.kind === 'UNITS' && Object.isFrozen(first!.area.codes)).toBe(true);
    now += 70_000; // past exp + tolerance: jose refuses it once it is no longer served from the cache
    const late = createCallerVerifier({ publicKey: publicJwk, now: () => now });
    expect(await late.verify(token)).toBeNull();
  });

  it('keeps a subgraph from holding the private key, and the gateway from signing with a public one', async () => {
    expect(() => createCallerVerifier({ publicKey: privateJwk })).toThrow(/public JWK only/);
    expect(() => createCallerSigner({ privateKey: publicJwk })).toThrow(/private JWK/);
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    expect(() => createCallerVerifier({ publicKey: privateKey })).toThrow(/public key/);
    expect(() => createCallerSigner({ privateKey: publicKey })).toThrow(/private key/);
    expect(() => createCallerSigner({ privateKey: generateKeyPairSync('x25519').privateKey })).toThrow(/Ed25519/);
  });
});
