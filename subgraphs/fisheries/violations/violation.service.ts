import { nestedFirst } from '../../kit/graphql/nested-lists.js';
import { ALL_TIME, optionalPeriod, periodInstants } from '../../kit/indicators/period.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import type { ViolationLoaders } from './violation.loader.js';
import type { Violation } from './violation.model.js';
import type { ViolationListArgs } from './violation.type.js';

/** Violations of the caller's area; every read through a loader. */
export class ViolationService {
  constructor(private readonly loaders: ViolationLoaders) {}

  byId(id: number): Promise<Violation | null> {
    return this.loaders.byId.load(id);
  }

  /** The newest violations of a vessel, newest first. */
  latestOf(vesselId: number, first: number | null | undefined): Promise<Violation[]> {
    return this.loaders.ofVessel.load(vesselId, nestedFirst(first));
  }

  /** Violations recorded under a unit's codes, newest first. */
  page(unit: UnitKey, args: ViolationListArgs) {
    const period = optionalPeriod(args.period);
    return this.loaders.pages.page(unit, { ...(period ? periodInstants(period) : ALL_TIME), type: args.type ?? null }, args);
  }
}
