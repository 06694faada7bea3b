import { badUserInput, quoted } from '../../../lib/errors.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import type { EstablishmentLoaders } from './establishment.loader.js';
import { MAX_STARS, type Establishment } from './establishment.model.js';
import type { EstablishmentListArgs } from './establishment.type.js';

/** Accommodation establishments, by id or per unit; every read goes through a loader. */
export class EstablishmentService {
  constructor(private readonly loaders: EstablishmentLoaders) {}

  byId(id: number): Promise<Establishment | null> {
    return this.loaders.byId.load(id);
  }

  page(unit: UnitKey, args: EstablishmentListArgs) {
    const minStars = args.minStars ?? null;
    if (minStars !== null && (minStars < 0 || minStars > MAX_STARS)) {
      throw badUserInput(`minStars must be from 0 to ${MAX_STARS}, got ${quoted(minStars)}`, 'minStars');
    }
    return this.loaders.pages.page(unit, { type: args.type ?? null, minStars }, args);
  }
}
