import type { CallerIdentity } from '../../lib/caller-rules.js';
import { isApiKey, type KeyStore } from './api-keys.js';
import type { JwtVerifier } from './jwt-verifier.js';

export interface AuthenticatorOptions {
  /** Checks hub-issued API keys (`ioc_…`). */
  readonly keyStore: Pick<KeyStore, 'check'>;
  /** Checks the identity provider's JWTs; without it (default) only API keys are accepted. */
  readonly jwt?: Pick<JwtVerifier, 'check'> | null;
}

/** `reason` is for the log; the response says only UNAUTHENTICATED (HTTP 401). */
export type AuthResult = { readonly ok: true; readonly caller: CallerIdentity } | { readonly ok: false; readonly reason: string };

export type Authenticator = (authorizationHeader: string | undefined) => Promise<AuthResult>;

// RFC 9110: the scheme is case-insensitive; a token68 is at most one run of these characters.
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
/** A bearer token longer than this is refused before any parsing; real ones are a few kB at most. */
const MAX_TOKEN_LENGTH = 16_384;

/**
 * Resolves `Authorization: Bearer <token>` to a caller: a token with the hub's key prefix is an API
 * key, a three-part token is a JWT, anything else (no header, another scheme, junk) is refused.
 */
export function createAuthenticator(options: AuthenticatorOptions): Authenticator {
  const { keyStore, jwt = null } = options;
  return async (header) => {
    if (header === undefined || header === '') return { ok: false, reason: 'no Authorization header' };
    if (header.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'Authorization header too long' };
    const token = BEARER.exec(header)?.[1];
    if (!token) return { ok: false, reason: 'Authorization is not a Bearer token' };
    if (isApiKey(token)) return keyStore.check(token);
    if (JWT_SHAPE.test(token)) return jwt ? jwt.check(token) : { ok: false, reason: 'JWTs are not accepted (no identity provider configured)' };
    return { ok: false, reason: 'the Bearer token is neither an API key nor a JWT' };
  };
}
