import type { AreaScope, Caller } from '../../../lib/caller.js';
import type { AllowedCodes } from '../database/sector-repository.js';
import type { UnitDirectory } from '../units/unit-directory.js';

/**
 * What one request may see, built once by the kit before any resolver runs and handed to the
 * sector's services: the caller, the recorded unit codes its records may carry (for the SQL of
 * every read), the unit directory that turns units into codes, and "now" for the whole request.
 */
export interface RequestScope {
  readonly caller: Caller;
  /** The area records are narrowed to; units outside it cover no code. */
  readonly area: AreaScope;
  /** The recorded unit codes the caller may see records of, sorted; null: every code. */
  readonly allowed: AllowedCodes;
  readonly directory: UnitDirectory;
  /** "Now", fixed for the whole request so that filters and fields agree (e.g. overdue). */
  readonly now: Date;
}

export function createRequestScope(caller: Caller, directory: UnitDirectory, now = new Date()): RequestScope {
  const allowed = directory.allowedCodes(caller.area);
  return { caller, area: caller.area, allowed: allowed === null ? null : [...allowed].sort(), directory, now };
}
