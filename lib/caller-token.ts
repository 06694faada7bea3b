import { KeyObject as NodeKeyObject, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { importJWK, jwtVerify, SignJWT, type CryptoKey, type JWK } from 'jose';
import { LRUCache } from 'lru-cache';
import type { Caller } from './caller.js';
import { parseCaller } from './caller-rules.js';
import { ConfigError } from './env.js';

/**
 * The caller travels from the gateway to each subgraph as a short-lived JWT the gateway signs with
 * its Ed25519 key, so a subgraph trusts only what the gateway resolved: a request that reaches a
 * subgraph directly, with no token or a forged one, is refused.
 */

/** The header that carries the token (the name the unsigned caller used before). */
export const CALLER_TOKEN_HEADER = 'x-ioc-caller';
export const CALLER_TOKEN_ISSUER = 'ioc-hub-gateway';
export const CALLER_TOKEN_AUDIENCE = 'ioc-hub-subgraphs';
/** The JWT `typ`, so that no other JWT signed with the same key can pass for a caller token. */
const TOKEN_TYPE = 'ioc-caller+jwt';
const ALG = 'EdDSA';

/** An Ed25519 key as a JWK (`{ kty: 'OKP', crv: 'Ed25519', x, d? }`), a Node KeyObject or a WebCrypto key. */
export type CallerKey = JWK | KeyObject | CryptoKey;

export interface CallerSignerOptions {
  /** The gateway's Ed25519 private key. */
  readonly privateKey: CallerKey;
  /** `iss` of the tokens, default `ioc-hub-gateway`. */
  readonly issuer?: string;
  /** `aud` of the tokens, default `ioc-hub-subgraphs`. */
  readonly audience?: string;
  /** Lifetime of a token, default 60 s. A token is reused for the same caller during its first two thirds. */
  readonly ttlSeconds?: number;
  /** Distinct callers whose token is kept for reuse, default 1000. */
  readonly cacheSize?: number;
  /** The clock, default `Date.now` (tests move it). */
  readonly now?: () => number;
}

export interface CallerSigner {
  /** A token carrying the full caller, purpose included. */
  sign(caller: Caller): Promise<string>;
}

export interface CallerVerifierOptions {
  /** The gateway's Ed25519 public key; a private key is refused, so a subgraph can never mint tokens. */
  readonly publicKey: CallerKey;
  /** Expected `iss`, default `ioc-hub-gateway`. */
  readonly issuer?: string;
  /** Expected `aud`, default `ioc-hub-subgraphs`. */
  readonly audience?: string;
  /** Allowed clock skew between gateway and subgraph, default 5 s. */
  readonly clockToleranceSeconds?: number;
  /** Distinct tokens whose verified caller is kept until they expire, default 1000. */
  readonly cacheSize?: number;
  /** The clock, default `Date.now` (tests move it). */
  readonly now?: () => number;
}

export interface CallerVerifier {
  /** The caller a valid token carries; null for a missing, malformed, forged, foreign or expired token. */
  verify(token: string | undefined): Promise<Caller | null>;
}

export function createCallerSigner(options: CallerSignerOptions): CallerSigner {
  const issuer = options.issuer ?? CALLER_TOKEN_ISSUER;
  const audience = options.audience ?? CALLER_TOKEN_AUDIENCE;
  const ttlSeconds = options.ttlSeconds ?? 60;
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 3) throw new RangeError('ttlSeconds must be an integer of at least 3');
  const now = options.now ?? Date.now;
  const key = edKey(options.privateKey, 'private');
  // The promise is cached, so concurrent subgraph fetches for one request share one signature.
  const tokens = new LRUCache<string, Promise<string>>({ max: options.cacheSize ?? 1000, ttl: Math.floor((ttlSeconds * 1000 * 2) / 3) });

  const signFresh = async (caller: Caller): Promise<string> => {
    const iat = Math.floor(now() / 1000);
    return new SignJWT({ caller: { ...caller } })
      .setProtectedHeader({ alg: ALG, typ: TOKEN_TYPE })
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt(iat)
      .setExpirationTime(iat + ttlSeconds)
      .sign(await key);
  };

  return {
    sign(caller) {
      const cacheKey = callerKey(caller);
      const known = tokens.get(cacheKey);
      if (known) return known;
      const token = signFresh(caller);
      tokens.set(cacheKey, token);
      token.catch(() => tokens.delete(cacheKey));
      return token;
    },
  };
}

export function createCallerVerifier(options: CallerVerifierOptions): CallerVerifier {
  const issuer = options.issuer ?? CALLER_TOKEN_ISSUER;
  const audience = options.audience ?? CALLER_TOKEN_AUDIENCE;
  const clockTolerance = options.clockToleranceSeconds ?? 5;
  const now = options.now ?? Date.now;
  const key = edKey(options.publicKey, 'public');
  const verified = new LRUCache<string, Caller>({ max: options.cacheSize ?? 1000 });

  return {
    async verify(token) {
      if (typeof token !== 'string' || token.length === 0 || token.length > 8192) return null;
      const known = verified.get(token);
      if (known) return known;
      try {
        const { payload } = await jwtVerify(token, await key, {
          algorithms: [ALG],
          typ: TOKEN_TYPE,
          issuer,
          audience,
          clockTolerance,
          requiredClaims: ['exp', 'iat'],
          currentDate: new Date(now()),
        });
        const caller = parseCaller(payload.caller);
        if (!caller) return null;
        const ttl = payload.exp! * 1000 - now();
        if (ttl > 0) verified.set(token, caller, { ttl });
        return caller;
      } catch {
        return null;
      }
    },
  };
}

/** A JWK from a JSON file (the gateway's signing key, the subgraphs' verify key); a clear error if it is not one. */
export function readCallerKeyFile(path: string): JWK {
  let jwk: unknown;
  try {
    jwk = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`cannot read the caller-token key ${path}: ${(error as Error).message}`, { cause: error });
  }
  if (typeof jwk !== 'object' || jwk === null || (jwk as JWK).kty !== 'OKP' || (jwk as JWK).crv !== 'Ed25519') {
    throw new ConfigError(`${path} is not an Ed25519 JWK`);
  }
  return jwk as JWK;
}

/** One key per distinct caller, independent of how its object was built. */
const callerKey = (c: Caller): string =>
  JSON.stringify([c.id, c.role, c.area.kind === 'ALL' ? null : c.area.codes, c.sector, c.scopes, c.purpose]);

/**
 * Checks at construction that a key is an Ed25519 key of the wanted kind (a misconfiguration stops
 * the process at start, not at the first request) and imports a JWK once.
 */
function edKey(key: CallerKey, kind: 'private' | 'public'): Promise<CryptoKey | KeyObject> {
  let imported: Promise<CryptoKey | KeyObject>;
  if (isJwk(key)) {
    if (key.kty !== 'OKP' || key.crv !== 'Ed25519') throw new TypeError('the caller-token key must be an Ed25519 JWK (kty OKP, crv Ed25519)');
    if (kind === 'private' && typeof key.d !== 'string') throw new TypeError('the caller signer needs the private JWK (with "d")');
    if (kind === 'public' && key.d !== undefined) throw new TypeError('the caller verifier takes the public JWK only (without "d")');
    imported = importJWK(key, ALG) as Promise<CryptoKey>;
  } else {
    const type = key instanceof NodeKeyObject ? key.asymmetricKeyType : (key as CryptoKey).algorithm.name.toLowerCase();
    if (type !== 'ed25519') throw new TypeError('the caller-token key must be an Ed25519 key');
    if (key.type !== kind) throw new TypeError(`the caller ${kind === 'private' ? 'signer' : 'verifier'} needs the ${kind} key`);
    imported = Promise.resolve(key);
  }
  // Awaited by every sign/verify, which then fails closed; this only keeps an early rejection from
  // counting as unhandled before the first request.
  imported.catch(() => undefined);
  return imported;
}

/** KeyObjects and CryptoKeys both have a `type` of private, public or secret; a JWK has none. */
const isJwk = (key: CallerKey): key is JWK => !('type' in key && ['private', 'public', 'secret'].includes(String(key.type)));
