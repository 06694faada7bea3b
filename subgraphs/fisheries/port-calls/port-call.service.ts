import { nestedFirst } from '../../kit/graphql/nested-lists.js';
import { ALL_TIME, optionalPeriod, periodInstants } from '../../kit/indicators/period.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import type { PortCallLoaders } from './port-call.loader.js';
import type { FishingPort, PortCall } from './port-call.model.js';
import type { PortCallListArgs } from './port-call.type.js';

/** Port exits and entries of the caller's area and the ports; every read through a loader. */
export class PortCallService {
  constructor(private readonly loaders: PortCallLoaders) {}

  byId(id: number): Promise<PortCall | null> {
    return this.loaders.byId.load(id);
  }

  port(code: string | null): Promise<FishingPort | null> {
    return code === null ? Promise.resolve(null) : this.loaders.portByCode.load(code);
  }

  /** The newest port calls of a vessel, newest first. */
  latestOf(vesselId: number, first: number | null | undefined): Promise<PortCall[]> {
    return this.loaders.ofVessel.load(vesselId, nestedFirst(first));
  }

  async lastOf(vesselId: number): Promise<PortCall | null> {
    return (await this.loaders.ofVessel.load(vesselId, 1))[0] ?? null;
  }

  /** Port calls recorded under a unit's codes, newest first. */
  page(unit: UnitKey, args: PortCallListArgs) {
    const period = optionalPeriod(args.period);
    return this.loaders.pages.page(unit, { ...(period ? periodInstants(period) : ALL_TIME), kind: args.kind ?? null }, args);
  }
}
