import type { Agency } from './agency.model.js';
import type { AgencyLoaders } from './agency.loader.js';

/** The agencies receiving dossiers; public data, not narrowed by area. */
export class AgencyService {
  constructor(private readonly loaders: AgencyLoaders) {}

  byId(id: number): Promise<Agency | null> {
    return this.loaders.byId.load(id);
  }

  byCode(code: string): Promise<Agency | null> {
    return this.loaders.byCode.load(code.trim());
  }
}
