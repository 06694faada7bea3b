import type { RequestScope } from '../../kit/context/request-scope.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import { asOfDay } from '../sector/as-of.js';
import type { TeacherLoaders } from './teacher.loader.js';
import type { TeacherListArgs } from './teacher.type.js';

/** Teachers employed in a unit's schools as of a day. */
export class TeacherService {
  constructor(
    private readonly loaders: TeacherLoaders,
    private readonly scope: RequestScope,
  ) {}

  page(unit: UnitKey, args: TeacherListArgs) {
    const filter = { day: asOfDay(this.scope, unit, args.asOf), level: args.level ?? null, meetsStandard: args.meetsStandard ?? null };
    return this.loaders.pages.page(unit, filter, args);
  }
}
