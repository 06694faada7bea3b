import type { IncomingHttpHeaders } from 'node:http';
import { ALL_AREA, isRole, type Caller } from './caller.js';

/** The gateway forwards the caller it resolved to each subgraph in this header. */
export const CALLER_HEADER = 'x-ioc-caller';

/**
 * Until the gateway authenticates callers, a request without a caller header is the anonymous demo
 * caller with the whole province in scope.
 */
export const ANONYMOUS: Caller = { id: 'anonymous', role: 'province', area: ALL_AREA, sector: null, scopes: [], purpose: null };

export function encodeCaller(caller: Caller): string {
  return Buffer.from(JSON.stringify(caller)).toString('base64url');
}

/** The caller a request carries; null when the header is malformed. */
export function callerFromHeaders(headers: IncomingHttpHeaders): Caller | null {
  const raw = headers[CALLER_HEADER];
  if (typeof raw !== 'string' || raw === '') return ANONYMOUS;
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Caller;
    const areaOk = c.area?.kind === 'ALL' || (c.area?.kind === 'UNITS' && Array.isArray(c.area.codes));
    if (typeof c.id === 'string' && isRole(c.role) && areaOk && Array.isArray(c.scopes)) return c;
  } catch {
    // fall through
  }
  return null;
}
