import { optionalPeriod } from '../../kit/indicators/period.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import type { VaccinationLoaders } from './vaccination.loader.js';
import type { VaccinatedChild, Vaccination } from './vaccination.model.js';
import type { VaccinationListArgs } from './vaccination.type.js';

/** Doses of the immunisation register, by id and per unit; the child read apart, only when asked for. */
export class VaccinationService {
  constructor(private readonly loaders: VaccinationLoaders) {}

  byId(id: number): Promise<Vaccination | null> {
    return this.loaders.byId.load(id);
  }

  page(unit: UnitKey, args: VaccinationListArgs) {
    return this.loaders.pages.page(unit, { period: optionalPeriod(args.period), vaccine: args.vaccine ?? null }, args);
  }

  child(vaccination: Vaccination): Promise<VaccinatedChild | null> {
    return this.loaders.childOf.load(vaccination.id);
  }
}
