import { optionalPeriod } from '../../kit/indicators/period.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import type { DiseaseCaseLoaders } from './disease-case.loader.js';
import type { DiseaseCaseReport } from './disease-case.model.js';
import type { DiseaseCaseListArgs } from './disease-case.type.js';

/** Weekly notifiable disease reports, by id and per unit. */
export class DiseaseCaseService {
  constructor(private readonly loaders: DiseaseCaseLoaders) {}

  byId(id: number): Promise<DiseaseCaseReport | null> {
    return this.loaders.byId.load(id);
  }

  page(unit: UnitKey, args: DiseaseCaseListArgs) {
    return this.loaders.pages.page(unit, { period: optionalPeriod(args.period), diseaseGroup: args.diseaseGroup ?? null }, args);
  }
}
