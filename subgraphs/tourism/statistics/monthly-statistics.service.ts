import { optionalPeriod } from '../../kit/indicators/period.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import type { MonthlyStatisticsLoaders } from './monthly-statistics.loader.js';
import type { MonthlyStatistics } from './monthly-statistics.model.js';
import type { MonthlyStatisticsListArgs } from './monthly-statistics.type.js';

/** The monthly statistics rows, every revision kept; every read goes through a loader. */
export class MonthlyStatisticsService {
  constructor(private readonly loaders: MonthlyStatisticsLoaders) {}

  byId(id: number): Promise<MonthlyStatistics | null> {
    return this.loaders.byId.load(id);
  }

  page(unit: UnitKey, args: MonthlyStatisticsListArgs) {
    return this.loaders.pages.page(unit, { period: optionalPeriod(args.period), latestOnly: args.latestOnly ?? false }, args);
  }
}
