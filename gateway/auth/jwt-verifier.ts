import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JSONWebKeySet, type JWTPayload, type JWTVerifyOptions } from 'jose';
import { LRUCache } from 'lru-cache';
import { ConfigError } from '../../lib/env.js';
import { grantProblem, identityOf, type CallerIdentity } from '../../lib/caller-rules.js';
import type { Role } from '../../lib/caller.js';

/**
 * Verifies JWTs from the province's identity provider and maps their claims to a caller. The keys
 * come from exactly one of: a JWKS file, a JWKS URL (fetched with a timeout and cached), or a
 * shared secret (HMAC).
 */

/** Names of the claims that carry the grant; each defaults to the name shown. */
export interface JwtClaimNames {
  /** A string, one of the hub's roles; default `role`. */
  readonly role?: string;
  /** The units of a `local` caller: an array or a space- or comma-separated string; default `units`. */
  readonly units?: string;
  /** The sector of a `department` caller; default `sector`. */
  readonly sector?: string;
  /** Granted scopes, space-separated (OAuth style) or an array; default `scope`. */
  readonly scope?: string;
}

export interface JwtVerifierOptions {
  /** A JWKS JSON file, read once at creation. */
  readonly jwksFile?: string;
  /** The identity provider's JWKS endpoint. */
  readonly jwksUrl?: string;
  /** A shared HMAC secret of at least 32 bytes (RFC 7518 asks HS256 for ≥ 256 bits). */
  readonly secret?: string | Uint8Array;
  /** Accepted `iss` value(s); required. */
  readonly issuer: string | readonly string[];
  /** Accepted `aud` value(s); required. */
  readonly audience: string | readonly string[];
  /** Accepted algorithms; default RS256, PS256, ES256 and EdDSA with a JWKS, HS256 with a secret. */
  readonly algorithms?: readonly string[];
  readonly claims?: JwtClaimNames;
  /** Allowed clock skew with the identity provider, default 30 s. */
  readonly clockToleranceSeconds?: number;
  /** JWKS URL: give up a fetch after this long, default 5000 ms. */
  readonly jwksTimeoutMs?: number;
  /** JWKS URL: re-fetch the set when it is older than this, default 600000 ms (10 min). */
  readonly jwksCacheMaxAgeMs?: number;
  /** JWKS URL: after a fetch, wait at least this long before fetching for an unknown `kid`, default 30000 ms. */
  readonly jwksCooldownMs?: number;
  /** Verified tokens kept until they expire, default 1000. */
  readonly cacheSize?: number;
  /** The clock, default `Date.now` (tests move it). */
  readonly now?: () => number;
}

export type TokenCheck = { readonly ok: true; readonly caller: CallerIdentity } | { readonly ok: false; readonly reason: string };

export interface JwtVerifier {
  /** The caller a token stands for, or why it is refused (for the log; the response says only UNAUTHENTICATED). */
  check(token: string): Promise<TokenCheck>;
  /** The caller a valid token stands for; null otherwise. */
  verify(token: string): Promise<CallerIdentity | null>;
}

const ASYMMETRIC_DEFAULT = ['RS256', 'PS256', 'ES256', 'EdDSA'];
const HMAC_DEFAULT = ['HS256'];

export function createJwtVerifier(options: JwtVerifierOptions): JwtVerifier {
  const sources = [options.jwksFile, options.jwksUrl, options.secret].filter((s) => s !== undefined);
  if (sources.length !== 1) throw new ConfigError('the JWT verifier needs exactly one of a JWKS file, a JWKS URL or a shared secret');
  const symmetric = options.secret !== undefined;
  const algorithms = [...(options.algorithms ?? (symmetric ? HMAC_DEFAULT : ASYMMETRIC_DEFAULT))];
  // Mixing HMAC with public keys invites algorithm confusion: a public key used as an HMAC secret.
  if (algorithms.length === 0 || algorithms.some((a) => a === 'none' || a.startsWith('HS') !== symmetric)) {
    throw new ConfigError(`JWT algorithms ${algorithms.join(', ')} do not fit a ${symmetric ? 'shared secret (HS256/384/512)' : 'JWKS (asymmetric only)'}`);
  }
  const verifyJwt = verifierFor(options);
  const names = { role: 'role', units: 'units', sector: 'sector', scope: 'scope', ...options.claims };
  const now = options.now ?? Date.now;
  const verifyOptions = {
    algorithms,
    issuer: typeof options.issuer === 'string' ? options.issuer : [...options.issuer],
    audience: typeof options.audience === 'string' ? options.audience : [...options.audience],
    clockTolerance: options.clockToleranceSeconds ?? 30,
    requiredClaims: ['exp', 'sub'],
  };
  const verified = new LRUCache<string, CallerIdentity>({ max: options.cacheSize ?? 1000 });

  const check = async (token: string): Promise<TokenCheck> => {
    const known = verified.get(token);
    if (known) return { ok: true, caller: known };
    let payload: JWTPayload;
    try {
      payload = await verifyJwt(token, { ...verifyOptions, currentDate: new Date(now()) });
    } catch (error) {
      return { ok: false, reason: reasonOf(error) };
    }
    const mapped = callerOf(payload, names);
    if (typeof mapped === 'string') return { ok: false, reason: mapped };
    const ttl = payload.exp! * 1000 - now();
    if (ttl > 0) verified.set(token, mapped, { ttl });
    return { ok: true, caller: mapped };
  };

  return {
    check,
    async verify(token) {
      const result = await check(token);
      return result.ok ? result.caller : null;
    },
  };
}

type VerifyJwt = (token: string, options: JWTVerifyOptions) => Promise<JWTPayload>;

/** jose's verification bound to the one key source configured. */
function verifierFor(options: JwtVerifierOptions): VerifyJwt {
  if (options.secret !== undefined) {
    const secret = typeof options.secret === 'string' ? new TextEncoder().encode(options.secret) : options.secret;
    if (secret.byteLength < 32) throw new ConfigError('the JWT shared secret must be at least 32 bytes');
    return async (token, verifyOptions) => (await jwtVerify(token, secret, verifyOptions)).payload;
  }
  if (options.jwksFile !== undefined) {
    let keys: ReturnType<typeof createLocalJWKSet>;
    try {
      keys = createLocalJWKSet(JSON.parse(readFileSync(options.jwksFile, 'utf8')) as JSONWebKeySet);
    } catch (error) {
      throw new ConfigError(`cannot use the JWKS file ${options.jwksFile}: ${(error as Error).message}`, { cause: error });
    }
    return async (token, verifyOptions) => (await jwtVerify(token, keys, verifyOptions)).payload;
  }
  let url: URL;
  try {
    url = new URL(options.jwksUrl!);
  } catch {
    throw new ConfigError(`the JWKS URL "${options.jwksUrl}" is not a URL`);
  }
  const keys = createRemoteJWKSet(url, {
    timeoutDuration: options.jwksTimeoutMs ?? 5000,
    cacheMaxAge: options.jwksCacheMaxAgeMs ?? 600_000,
    cooldownDuration: options.jwksCooldownMs ?? 30_000,
  });
  return async (token, verifyOptions) => (await jwtVerify(token, keys, verifyOptions)).payload;
}

/** The caller a verified payload describes, or why it cannot be one. */
function callerOf(payload: JWTPayload, names: Required<JwtClaimNames>): CallerIdentity | string {
  const role = payload[names.role];
  const units = listClaim(payload[names.units], /[\s,]+/);
  const scopes = listClaim(payload[names.scope], /\s+/);
  const rawSector = payload[names.sector];
  const sector = rawSector === undefined || rawSector === null || rawSector === '' ? null : rawSector;
  if (units === null) return `the ${names.units} claim is neither a list nor a string`;
  if (scopes === null) return `the ${names.scope} claim is neither a list nor a string`;
  const problem = grantProblem({ role, units, sector, scopes });
  if (problem) return `token claims refused: ${problem}`;
  return identityOf(payload.sub!, { role: role as Role, units: units as string[], sector: sector as string | null, scopes: scopes as string[] });
}

/** A claim as a list: an array as it is, a string split, absent as empty; null for anything else. */
function listClaim(value: unknown, separator: RegExp): unknown[] | null {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return value.split(separator).filter((s) => s !== '');
  return null;
}

function reasonOf(error: unknown): string {
  const { code, claim } = error as { code?: string; claim?: string };
  switch (code) {
    case 'ERR_JWT_EXPIRED':
      return 'token expired';
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return `token ${claim ?? 'claim'} check failed`;
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return 'bad token signature';
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return 'token algorithm not allowed';
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return 'no key of the identity provider matches the token';
    case 'ERR_JWKS_TIMEOUT':
      return 'identity provider keys unavailable (timeout)';
    case 'ERR_JWKS_INVALID':
    case 'ERR_JOSE_GENERIC':
      return 'identity provider keys unavailable';
    case 'ERR_JWT_INVALID':
    case 'ERR_JWS_INVALID':
      return 'malformed token';
    default:
      // Not a JOSE error: the JWKS fetch itself failed (connection refused, DNS, non-JSON answer).
      return code?.startsWith('ERR_J') ? 'invalid token' : `identity provider keys unavailable (${(error as Error).message})`;
  }
}
