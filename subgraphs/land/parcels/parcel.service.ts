import { badUserInput, quoted } from '../../../lib/errors.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import type { ParcelLoaders } from './parcel.loader.js';
import { USE_PURPOSE_CODE, type Parcel, type UsePurpose } from './parcel.model.js';
import type { ParcelListArgs } from './parcel.type.js';
import type { UsePurposeRepository } from './use-purpose.repository.js';

/** Parcels and the use purpose lookup; every read of a parcel goes through a loader. */
export class ParcelService {
  constructor(
    private readonly loaders: ParcelLoaders,
    private readonly usePurposeRepository: UsePurposeRepository,
  ) {}

  byId(id: number): Promise<Parcel | null> {
    return this.loaders.byId.load(id);
  }

  page(unit: UnitKey, args: ParcelListArgs) {
    const usePurpose = args.usePurpose ? args.usePurpose.trim().toUpperCase() : null;
    if (usePurpose !== null && !USE_PURPOSE_CODE.test(usePurpose)) {
      throw badUserInput(`usePurpose must be a three-letter use purpose code such as ONT, got ${quoted(args.usePurpose)}`, 'usePurpose');
    }
    return this.loaders.pages.page(unit, { usePurpose, disputed: args.disputed ?? null }, args);
  }

  /** The lookup: a few dozen rows, read once per request that asks. */
  usePurposes(): Promise<UsePurpose[]> {
    return this.usePurposeRepository.all();
  }
}
