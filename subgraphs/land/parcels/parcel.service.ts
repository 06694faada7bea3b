import { badUserInput } from '../../../lib/errors.js';
import type { PageArguments } from '../../kit/graphql/scoped-page-loader.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import type { LandLoaders } from '../land.loader.js';
import { USE_PURPOSE_CODE, type Parcel, type UsePurpose } from './parcel.model.js';
import type { ParcelRepository } from './parcel.repository.js';

export interface ParcelListArguments extends PageArguments {
  usePurpose?: string | null;
  disputed?: boolean | null;
}

/** Parcels, their use purposes and what hangs off them; every read goes through a loader. */
export class ParcelService {
  constructor(
    private readonly repository: ParcelRepository,
    private readonly loaders: LandLoaders,
  ) {}

  byId(id: number): Promise<Parcel | null> {
    return this.loaders.parcelById.load(id);
  }

  page(unit: UnitKey, args: ParcelListArguments) {
    const usePurpose = args.usePurpose ? args.usePurpose.trim().toUpperCase() : null;
    if (usePurpose !== null && !USE_PURPOSE_CODE.test(usePurpose)) {
      throw badUserInput(`usePurpose must be a three-letter use purpose code such as ONT, got ${JSON.stringify(args.usePurpose)}`, 'usePurpose');
    }
    const filter = { usePurpose, disputed: args.disputed ?? null };
    return this.loaders.parcelPages.page(unit, filter, args);
  }

  certificates(parcel: Parcel) {
    return this.loaders.certificatesByParcel.load(parcel.id);
  }

  changeRegistrations(parcel: Parcel) {
    return this.loaders.changesByParcel.load(parcel.id);
  }

  disputes(parcel: Parcel) {
    return this.loaders.disputesByParcel.load(parcel.id);
  }

  async disputed(parcel: Parcel): Promise<boolean> {
    return (await this.disputes(parcel)).some((d) => d.status === 'OPEN');
  }

  /** The lookup: a few dozen rows, read once per request that asks. */
  usePurposes(): Promise<UsePurpose[]> {
    return this.repository.usePurposes();
  }
}
