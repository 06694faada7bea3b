import type DataLoader from 'dataloader';
import type { AreaScope } from '../../../lib/caller.js';
import { ScopedPageLoader } from '../../kit/graphql/scoped-page-loader.js';
import type { KeysetPageArgs } from '../../kit/graphql/scoped-page.js';
import { checkPeriod, type DatePeriod } from '../../kit/indicators/period.js';
import { rowLoader } from '../../kit/loaders.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import type { PortCallKind } from '../legacy/codes.js';
import { NestedLists, nestedFirst } from '../legacy/nested-list.js';
import type { AllowedCodes } from '../../kit/database/sector-repository.js';
import { ALL_TIME, periodInstants } from '../legacy/time.js';
import type { FishingPort, PortCall, PortCallListFilter } from './port-call.model.js';
import { PORT_CALL_ORDER, portCallKey, type PortCallRepository } from './port-call.repository.js';

export interface PortCallQuery {
  period?: DatePeriod | null;
  kind?: PortCallKind | null;
  first?: number | null;
  after?: string | null;
}


/** Port exits and entries of the caller's area and the ports; every read through a loader. */
export class PortCallService {
  private readonly byIdLoader: DataLoader<number, PortCall | null>;
  private readonly portLoader: DataLoader<string, FishingPort | null>;
  private readonly ofVessel: NestedLists<PortCall>;
  private readonly pages: ScopedPageLoader<PortCallListFilter, PortCall>;

  constructor(repository: PortCallRepository, allowed: AllowedCodes, area: AreaScope) {
    this.byIdLoader = rowLoader((ids: readonly number[]) => repository.byIds(ids, allowed), (p) => p.id);
    this.portLoader = rowLoader((codes: readonly string[]) => repository.ports(codes), (p) => p.code);
    this.ofVessel = new NestedLists((ids, first) => repository.latestOfVessels(ids, first, allowed), (p) => p.vesselId);
    this.pages = new ScopedPageLoader({
      area,
      order: PORT_CALL_ORDER,
      keyOf: portCallKey,
      load: (scopes, args: KeysetPageArgs<PortCallListFilter>) => repository.page(scopes, args),
    });
  }

  byId(id: number): Promise<PortCall | null> {
    return this.byIdLoader.load(id);
  }

  port(code: string | null): Promise<FishingPort | null> {
    return code === null ? Promise.resolve(null) : this.portLoader.load(code);
  }

  /** The newest port calls of a vessel, newest first. */
  latestOf(vesselId: number, first: number | null | undefined): Promise<PortCall[]> {
    return this.ofVessel.load(vesselId, nestedFirst(first));
  }

  async lastOf(vesselId: number): Promise<PortCall | null> {
    return (await this.ofVessel.load(vesselId, 1))[0] ?? null;
  }

  /** Port calls recorded under a unit's codes, newest first. */
  listOf(unit: UnitKey, query: PortCallQuery) {
    const range = query.period ? periodInstants(checkPeriod(query.period)) : ALL_TIME;
    return this.pages.page(unit, { ...range, kind: query.kind ?? null }, query);
  }
}
