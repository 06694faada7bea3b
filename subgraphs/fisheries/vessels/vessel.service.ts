import type { UnitKey } from '../../kit/units/unit-directory.js';
import type { VesselLoaders } from './vessel.loader.js';
import type { Vessel, VesselOwner } from './vessel.model.js';
import type { VesselListArgs } from './vessel.type.js';

/** Registration numbers are at most 20 characters (SODANGKY); anything longer names no vessel. */
const MAX_REGISTRATION_NUMBER = 20;

/** Vessels of the caller's area, by number, by id, and per unit; every read through a loader. */
export class VesselService {
  constructor(private readonly loaders: VesselLoaders) {}

  async byRegistrationNumber(registrationNumber: string): Promise<Vessel | null> {
    const trimmed = registrationNumber.trim();
    if (trimmed === '' || trimmed.length > MAX_REGISTRATION_NUMBER) return null;
    return this.loaders.byNumber.load(trimmed);
  }

  byId(id: number): Promise<Vessel | null> {
    return this.loaders.byId.load(id);
  }

  /** The owner's personal data: a separate read, made only when the field is asked for. */
  owner(vessel: Vessel): Promise<VesselOwner | null> {
    return this.loaders.ownerById.load(vessel.id);
  }

  /** Registered (not struck-off) vessels of a unit, in registration-number order. */
  page(unit: UnitKey, args: VesselListArgs) {
    return this.loaders.pages.page(unit, { lengthClass: args.lengthClass ?? null, hasVms: args.hasVms ?? null }, args);
  }
}
