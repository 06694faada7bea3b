import { SectorRepository } from '../../kit/database/sector-repository.js';
import type { LandGroupCode } from '../lookups/codes.js';
import type { UsePurpose } from './parcel.model.js';

/** DC_MUCDICHSUDUNG, the land use purpose lookup: public reference data read unscoped. */
export class UsePurposeRepository extends SectorRepository {
  readonly data = 'reference';

  async all(): Promise<UsePurpose[]> {
    const rows: Array<{ code: string; name: string; grp: LandGroupCode }> = await this.knex('DC_MUCDICHSUDUNG as m')
      .select('m.MAMDSD as code', 'm.TENMDSD as name', 'm.MANHOMDAT as grp')
      .where('m.DAXOA', 0)
      .orderBy('m.MAMDSD');
    return rows.map((r) => ({ code: r.code, name: r.name, group: r.grp }));
  }
}
