import type { PageArguments } from '../../kit/graphql/scoped-page-loader.js';
import { optionalPeriod, type DatePeriod } from '../../kit/indicators/period.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import type { LandLoaders } from '../land.loader.js';
import type { ChangeRegistration, ChangeStatusName } from './change-registration.model.js';

export interface ChangeListArguments extends PageArguments {
  period?: DatePeriod | null;
  status?: ChangeStatusName | null;
}

/** Change registrations, by id or per unit, with their parcel. */
export class ChangeRegistrationService {
  constructor(private readonly loaders: LandLoaders) {}

  byId(id: number): Promise<ChangeRegistration | null> {
    return this.loaders.changeById.load(id);
  }

  page(unit: UnitKey, args: ChangeListArguments) {
    const filter = { period: optionalPeriod(args.period), status: args.status ?? null };
    return this.loaders.changePages.page(unit, filter, args);
  }

  parcel(change: ChangeRegistration) {
    return this.loaders.parcelById.load(change.parcelId);
  }
}
