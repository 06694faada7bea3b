import { optionalPeriod } from '../../kit/indicators/period.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import type { ChangeRegistrationLoaders } from './change-registration.loader.js';
import type { ChangeRegistration } from './change-registration.model.js';
import type { ChangeRegistrationListArgs } from './change-registration.type.js';

/** Change registrations, by id, per parcel or per unit. */
export class ChangeRegistrationService {
  constructor(private readonly loaders: ChangeRegistrationLoaders) {}

  byId(id: number): Promise<ChangeRegistration | null> {
    return this.loaders.byId.load(id);
  }

  /** A parcel's change registrations, oldest first. */
  ofParcel(parcelId: number): Promise<ChangeRegistration[]> {
    return this.loaders.ofParcel.load(parcelId);
  }

  page(unit: UnitKey, args: ChangeRegistrationListArgs) {
    return this.loaders.pages.page(unit, { period: optionalPeriod(args.period), status: args.status ?? null }, args);
  }
}
