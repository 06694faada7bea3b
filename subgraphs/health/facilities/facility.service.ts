import { badUserInput, quoted } from '../../../lib/errors.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import type { FacilityLoaders } from './facility.loader.js';
import { FACILITY_CODE, type Facility } from './facility.model.js';
import type { FacilityListArgs } from './facility.type.js';

/** Facilities: the directory by code, and each unit's list; every read through a loader. */
export class FacilityService {
  constructor(private readonly loaders: FacilityLoaders) {}

  byCode(code: string): Promise<Facility | null> {
    return this.loaders.byCode.load(code);
  }

  /** A root lookup: a code that cannot be one (not five digits) is the caller's mistake. */
  lookup(code: string): Promise<Facility | null> {
    const trimmed = code.trim();
    if (!FACILITY_CODE.test(trimmed)) throw badUserInput(`code must be a five-digit facility code (MA_CSKCB) such as 51001, got ${quoted(code)}`, 'code');
    return this.byCode(trimmed);
  }

  /** An entity reference: a malformed key simply names no facility. */
  reference(code: unknown): Promise<Facility | null> {
    return typeof code === 'string' && FACILITY_CODE.test(code) ? this.byCode(code) : Promise.resolve(null);
  }

  page(unit: UnitKey, args: FacilityListArgs) {
    return this.loaders.pages.page(unit, { level: args.level ?? null, includeClosed: args.includeClosed ?? false }, args);
  }
}
