import { SectorRepository } from '../../kit/database/sector-repository.js';
import type { FishingPort } from './port-call.model.js';

/** DM_CANGCA: the designated fishing ports, public reference data read unscoped. */
export class FishingPortRepository extends SectorRepository {
  readonly data = 'reference';

  async byCodes(codes: readonly string[]): Promise<FishingPort[]> {
    return this.knex('DM_CANGCA as p').select('p.MACANG as code', 'p.TENCANG as name').where('p.DAXOA', 0).where(this.inList('p.MACANG', codes));
  }
}
