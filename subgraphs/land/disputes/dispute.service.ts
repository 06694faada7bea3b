import { optionalPeriod } from '../../kit/indicators/period.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import type { DisputeLoaders } from './dispute.loader.js';
import type { Dispute } from './dispute.model.js';
import type { DisputeListArgs } from './dispute.type.js';

/** Land disputes, by id, per parcel or per unit. */
export class DisputeService {
  constructor(private readonly loaders: DisputeLoaders) {}

  byId(id: number): Promise<Dispute | null> {
    return this.loaders.byId.load(id);
  }

  /** A parcel's disputes, oldest first. */
  ofParcel(parcelId: number): Promise<Dispute[]> {
    return this.loaders.ofParcel.load(parcelId);
  }

  /** Whether a parcel has a dispute still open. */
  async openOn(parcelId: number): Promise<boolean> {
    return (await this.ofParcel(parcelId)).some((d) => d.status === 'OPEN');
  }

  page(unit: UnitKey, args: DisputeListArgs) {
    return this.loaders.pages.page(unit, { period: optionalPeriod(args.period), status: args.status ?? null }, args);
  }
}
