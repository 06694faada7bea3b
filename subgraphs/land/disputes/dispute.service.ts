import type { PageArguments } from '../../kit/graphql/scoped-page-loader.js';
import { optionalPeriod, type DatePeriod } from '../../kit/indicators/period.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import type { LandLoaders } from '../land.loader.js';
import type { Dispute, DisputeStatusName } from './dispute.model.js';

export interface DisputeListArguments extends PageArguments {
  period?: DatePeriod | null;
  status?: DisputeStatusName | null;
}

/** Land disputes, by id or per unit, with their parcel. */
export class DisputeService {
  constructor(private readonly loaders: LandLoaders) {}

  byId(id: number): Promise<Dispute | null> {
    return this.loaders.disputeById.load(id);
  }

  page(unit: UnitKey, args: DisputeListArguments) {
    const filter = { period: optionalPeriod(args.period), status: args.status ?? null };
    return this.loaders.disputePages.page(unit, filter, args);
  }

  parcel(dispute: Dispute) {
    return this.loaders.parcelById.load(dispute.parcelId);
  }
}
