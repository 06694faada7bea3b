import type DataLoader from 'dataloader';
import type { AreaScope } from '../../../lib/caller.js';
import { ScopedPageLoader } from '../../kit/graphql/scoped-page-loader.js';
import type { KeysetPageArgs } from '../../kit/graphql/scoped-page.js';
import { checkPeriod, type DatePeriod } from '../../kit/indicators/period.js';
import { rowLoader } from '../../kit/loaders.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import type { ViolationType } from '../legacy/codes.js';
import { NestedLists, nestedFirst } from '../legacy/nested-list.js';
import type { AllowedCodes } from '../../kit/database/sector-repository.js';
import { ALL_TIME, periodInstants } from '../legacy/time.js';
import type { Violation, ViolationListFilter } from './violation.model.js';
import { VIOLATION_ORDER, violationKey, type ViolationRepository } from './violation.repository.js';

export interface ViolationQuery {
  period?: DatePeriod | null;
  type?: ViolationType | null;
  first?: number | null;
  after?: string | null;
}


/** Violations of the caller's area; every read through a loader. */
export class ViolationService {
  private readonly byIdLoader: DataLoader<number, Violation | null>;
  private readonly ofVessel: NestedLists<Violation>;
  private readonly pages: ScopedPageLoader<ViolationListFilter, Violation>;

  constructor(repository: ViolationRepository, allowed: AllowedCodes, area: AreaScope) {
    this.byIdLoader = rowLoader((ids: readonly number[]) => repository.byIds(ids, allowed), (v) => v.id);
    this.ofVessel = new NestedLists((ids, first) => repository.latestOfVessels(ids, first, allowed), (v) => v.vesselId);
    this.pages = new ScopedPageLoader({
      area,
      order: VIOLATION_ORDER,
      keyOf: violationKey,
      load: (scopes, args: KeysetPageArgs<ViolationListFilter>) => repository.page(scopes, args),
    });
  }

  byId(id: number): Promise<Violation | null> {
    return this.byIdLoader.load(id);
  }

  /** The newest violations of a vessel, newest first. */
  latestOf(vesselId: number, first: number | null | undefined): Promise<Violation[]> {
    return this.ofVessel.load(vesselId, nestedFirst(first));
  }

  /** Violations recorded under a unit's codes, newest first. */
  listOf(unit: UnitKey, query: ViolationQuery) {
    const range = query.period ? periodInstants(checkPeriod(query.period)) : ALL_TIME;
    return this.pages.page(unit, { ...range, type: query.type ?? null }, query);
  }
}
