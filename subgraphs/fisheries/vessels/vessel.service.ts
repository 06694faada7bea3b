import type DataLoader from 'dataloader';
import type { AreaScope } from '../../../lib/caller.js';
import { ScopedPageLoader } from '../../kit/graphql/scoped-page-loader.js';
import type { KeysetPageArgs } from '../../kit/graphql/scoped-page.js';
import { rowLoader } from '../../kit/loaders.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import type { VesselLengthClass } from '../legacy/codes.js';
import type { AllowedCodes } from '../../kit/database/sector-repository.js';
import type { Vessel, VesselListFilter, VesselOwner } from './vessel.model.js';
import { VESSEL_ORDER, vesselKey, type VesselRepository } from './vessel.repository.js';

export interface VesselQuery {
  lengthClass?: VesselLengthClass | null;
  hasVms?: boolean | null;
  first?: number | null;
  after?: string | null;
}

/** Registration numbers are at most 20 characters (SODANGKY); anything longer names no vessel. */
const MAX_REGISTRATION_NUMBER = 20;

/** Vessels of the caller's area, by number, by id, and per unit; every read through a loader. */
export class VesselService {
  private readonly byIdLoader: DataLoader<number, Vessel | null>;
  private readonly byNumberLoader: DataLoader<string, Vessel | null>;
  private readonly ownerLoader: DataLoader<number, VesselOwner | null>;
  private readonly pages: ScopedPageLoader<VesselListFilter, Vessel>;

  constructor(repository: VesselRepository, allowed: AllowedCodes, area: AreaScope) {
    this.byIdLoader = rowLoader((ids: readonly number[]) => repository.byIds(ids, allowed), (v) => v.id);
    this.byNumberLoader = rowLoader((numbers: readonly string[]) => repository.byRegistrationNumbers(numbers, allowed), (v) => v.registrationNumber);
    this.ownerLoader = rowLoader((ids: readonly number[]) => repository.owners(ids, allowed), (o) => o.vesselId);
    this.pages = new ScopedPageLoader({
      area,
      order: VESSEL_ORDER,
      keyOf: vesselKey,
      load: (scopes, args: KeysetPageArgs<VesselListFilter>) => repository.page(scopes, args),
    });
  }

  async byRegistrationNumber(registrationNumber: string): Promise<Vessel | null> {
    const trimmed = registrationNumber.trim();
    if (trimmed === '' || trimmed.length > MAX_REGISTRATION_NUMBER) return null;
    return this.byNumberLoader.load(trimmed);
  }

  byId(id: number): Promise<Vessel | null> {
    return this.byIdLoader.load(id);
  }

  /** The owner's personal data: a separate read, made only when the field is asked for. */
  owner(vessel: Vessel): Promise<VesselOwner | null> {
    return this.ownerLoader.load(vessel.id);
  }

  /** Registered (not struck-off) vessels of a unit, in registration-number order. */
  listOf(unit: UnitKey, query: VesselQuery) {
    return this.pages.page(unit, { lengthClass: query.lengthClass ?? null, hasVms: query.hasVms ?? null }, query);
  }
}
