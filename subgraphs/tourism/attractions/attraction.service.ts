import type { UnitKey } from '../../kit/units/unit-directory.js';
import type { AttractionLoaders } from './attraction.loader.js';
import type { Attraction } from './attraction.model.js';
import type { AttractionListArgs } from './attraction.type.js';

/** Attractions, by id or per unit; every read goes through a loader. */
export class AttractionService {
  constructor(private readonly loaders: AttractionLoaders) {}

  byId(id: number): Promise<Attraction | null> {
    return this.loaders.byId.load(id);
  }

  page(unit: UnitKey, args: AttractionListArgs) {
    return this.loaders.pages.page(unit, { type: args.type ?? null, ranking: args.ranking ?? null }, args);
  }
}
