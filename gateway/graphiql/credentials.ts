/// <reference lib="dom" />
/**
 * The token and purpose the GraphiQL page adds to every request it makes.
 *
 * Both live in sessionStorage, never localStorage: the token is a credential,
 * and sessionStorage is dropped with the tab and not shared with other tabs,
 * while localStorage would hand it to whoever opens the hub next in that
 * browser profile. GraphiQL's own storage (localStorage) never sees them.
 */

export interface Credentials {
  /** As typed or pasted; `bearerToken` turns it into what is sent. Empty: no Authorization header. */
  readonly token: string;
  /** Declared purpose, e.g. a case or dossier number. Empty: no X-Purpose header. */
  readonly purpose: string;
}

const TOKEN_KEY = 'ioc-hub:graphiql:token';
const PURPOSE_KEY = 'ioc-hub:graphiql:purpose';

// fetch refuses header values outside ISO-8859-1 and Node decodes them as
// Latin-1, so Vietnamese text would fail or arrive garbled: visible ASCII only.
const TOKEN_PATTERN = /^[\x21-\x7e]+$/;
const PURPOSE_PATTERN = /^[\x20-\x7e]+$/;

/** The token to send after `Bearer `: pasted `Bearer …` prefixes and surrounding blanks removed. */
export function bearerToken(token: string): string {
  return token.trim().replace(/^bearer\s+/i, '');
}

function sentPurpose(purpose: string): string {
  return purpose.trim();
}

/** Why this token cannot be sent as a header, in words for the page; null if it can. */
export function tokenProblem(token: string): string | null {
  const sent = bearerToken(token);
  return sent && !TOKEN_PATTERN.test(sent) ? 'Token: spaces or characters a header cannot carry' : null;
}

/** Why this purpose cannot be sent as a header, in words for the page; null if it can. */
export function purposeProblem(purpose: string): string | null {
  const sent = sentPurpose(purpose);
  return sent && !PURPOSE_PATTERN.test(sent) ? 'Purpose: no diacritics (không dấu), e.g. HS-2025-0123' : null;
}

export function credentialProblem(credentials: Credentials): string | null {
  return tokenProblem(credentials.token) ?? purposeProblem(credentials.purpose);
}

/**
 * `headers` plus `Authorization: Bearer <token>` and `X-Purpose`, each only
 * when set and only when `headers` lacks that name (in any case): headers
 * the user typed into GraphiQL's headers pane win. Throws rather than
 * sending a request without a purpose the user believes is declared.
 */
export function withCredentials(headers: HeadersInit | undefined, credentials: Credentials): Headers {
  const problem = credentialProblem(credentials);
  if (problem) throw new Error(`Request not sent. ${problem}.`);
  const merged = new Headers(headers);
  const token = bearerToken(credentials.token);
  const purpose = sentPurpose(credentials.purpose);
  if (token && !merged.has('authorization')) merged.set('Authorization', `Bearer ${token}`);
  if (purpose && !merged.has('x-purpose')) merged.set('X-Purpose', purpose);
  return merged;
}

function readSession(key: string): string {
  try {
    return sessionStorage.getItem(key) ?? '';
  } catch {
    return ''; // storage disabled by the browser: the page still works, without surviving a reload
  }
}

function writeSession(key: string, value: string): void {
  try {
    if (value) sessionStorage.setItem(key, value);
    else sessionStorage.removeItem(key);
  } catch {
    // As in readSession: kept in memory only.
  }
}

/** Credentials of this tab, for React's useSyncExternalStore and for the fetcher. */
export class CredentialStore {
  private current: Credentials = { token: readSession(TOKEN_KEY), purpose: readSession(PURPOSE_KEY) };
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The same object until a setter changes something, as useSyncExternalStore requires. */
  readonly get = (): Credentials => this.current;

  setToken(token: string): void {
    this.update({ ...this.current, token });
    writeSession(TOKEN_KEY, token);
  }

  setPurpose(purpose: string): void {
    this.update({ ...this.current, purpose });
    writeSession(PURPOSE_KEY, purpose);
  }

  private update(next: Credentials): void {
    this.current = next;
    for (const listener of this.listeners) listener();
  }
}
