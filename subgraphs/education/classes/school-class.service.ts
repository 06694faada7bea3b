import type { RequestScope } from '../../kit/context/request-scope.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import { asOfDay } from '../sector/as-of.js';
import type { SchoolClassLoaders } from './school-class.loader.js';
import type { SchoolClass } from './school-class.model.js';
import type { SchoolClassListArgs } from './school-class.type.js';

/** Classes per unit as of a day, and how many students each has on its roll. */
export class SchoolClassService {
  constructor(
    private readonly loaders: SchoolClassLoaders,
    private readonly scope: RequestScope,
  ) {}

  page(unit: UnitKey, args: SchoolClassListArgs) {
    return this.loaders.pages.page(unit, { day: asOfDay(this.scope, unit, args.asOf), level: args.level ?? null }, args);
  }

  async studentsOnRoll(schoolClass: SchoolClass): Promise<number> {
    const roll = await this.loaders.rollOn(schoolClass.recordedOn!).load(schoolClass.id);
    return roll?.students ?? 0;
  }
}
