import type { Caller } from '../lib/caller.js';

/**
 * The caller's effective scope as a key: callers with the same key may see exactly the same data
 * (role, area, sector, scopes, declared purpose). With `identity`, the caller's own id as well, for
 * what must reach that caller alone (an answer with personal data).
 */
export function callerScopeKey(caller: Caller, identity: boolean): string {
  const area = caller.area.kind === 'ALL' ? null : [...caller.area.codes].sort();
  return JSON.stringify([caller.role, area, caller.sector, [...caller.scopes].sort(), caller.purpose, identity ? caller.id : null]);
}
