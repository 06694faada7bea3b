import { badUserInput, quoted } from '../../../lib/errors.js';
import type { RequestScope } from '../../kit/context/request-scope.js';
import { todayInVietnam, type IsoDate } from '../../kit/dates.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import { asOfDay } from '../sector/as-of.js';
import type { SchoolLoaders } from './school.loader.js';
import { SCHOOL_CODE, type School } from './school.model.js';
import type { SchoolListArgs } from './school.type.js';

/** Schools by code and per unit, as of a day; every read through a loader. */
export class SchoolService {
  constructor(
    private readonly loaders: SchoolLoaders,
    private readonly scope: RequestScope,
  ) {}

  /** The school open on `asOf` (default today) with this code, in the caller's area; a malformed code is BAD_USER_INPUT. */
  byCode(code: string, asOf: IsoDate | null = null): Promise<School | null> {
    const trimmed = code.trim();
    if (!SCHOOL_CODE.test(trimmed)) throw badUserInput(`code must be an eight-digit school code, got ${quoted(code)}`, 'code');
    return this.loaders.byCodeOn(asOf ?? todayInVietnam(this.scope.now)).load(trimmed);
  }

  /** For a federation reference: a malformed code names no school. */
  byReference(code: unknown): Promise<School | null> {
    return typeof code === 'string' && SCHOOL_CODE.test(code) ? this.byCode(code) : Promise.resolve(null);
  }

  page(unit: UnitKey, args: SchoolListArgs) {
    const filter = { day: asOfDay(this.scope, unit, args.asOf), level: args.level ?? null, ownership: args.ownership ?? null, nationalStandard: args.nationalStandard ?? null };
    return this.loaders.pages.page(unit, filter, args);
  }
}
