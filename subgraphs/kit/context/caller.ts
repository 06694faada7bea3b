import type { IncomingHttpHeaders } from 'node:http';
import { hubError } from '../../../lib/errors.js';

/**
 * The area a caller may see. Repositories take it as a filter on every query, so that access
 * control narrows what the SQL selects rather than filtering rows afterwards.
 */
export type AreaScope =
  /** The whole province and every historical unit in it. */
  | { readonly kind: 'ALL' }
  /** Only these units and everything under them (codes of any level, before or after 2025-07-01). */
  | { readonly kind: 'UNITS'; readonly codes: readonly string[] };

export interface Caller {
  /** Stable identity of the person or system, e.g. a JWT subject. */
  readonly id: string;
  readonly role: string;
  readonly area: AreaScope;
}

/** The gateway forwards the caller it resolved in this header, as base64url JSON. */
export const CALLER_HEADER = 'x-ioc-caller';

/**
 * Until access control lands (a later issue), a request without a caller header is the anonymous
 * demo caller with the whole province in scope.
 */
export const ANONYMOUS: Caller = { id: 'anonymous', role: 'public', area: { kind: 'ALL' } };

export function encodeCaller(caller: Caller): string {
  return Buffer.from(JSON.stringify(caller)).toString('base64url');
}

export function callerFromHeaders(headers: IncomingHttpHeaders): Caller {
  const raw = headers[CALLER_HEADER];
  if (typeof raw !== 'string' || raw === '') return ANONYMOUS;
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Caller;
    const areaOk = c.area?.kind === 'ALL' || (c.area?.kind === 'UNITS' && Array.isArray(c.area.codes));
    if (typeof c.id === 'string' && typeof c.role === 'string' && areaOk) return c;
  } catch {
    // fall through
  }
  throw hubError('BAD_USER_INPUT', `malformed ${CALLER_HEADER} header`);
}
