import { SectorRepository } from '../../kit/database/sector-repository.js';
import type { Facility } from './facility.model.js';
import { FACILITY_COLUMNS, facilityBase, toFacility, type FacilityRow } from './facility.repository.js';

/**
 * The facility directory looked up by code: public reference data (the health insurance fund
 * publishes it), read unscoped, so that an episode of a Bình Sơn resident treated at the provincial
 * hospital in the city names that hospital to a Bình Sơn caller too.
 */
export class FacilityDirectoryRepository extends SectorRepository {
  readonly data = 'reference';

  async byCodes(codes: readonly string[]): Promise<Facility[]> {
    const rows: FacilityRow[] = await facilityBase(this.knex).select(FACILITY_COLUMNS).where(this.inList('f.MA_CSKCB', codes));
    return rows.map(toFacility);
  }
}
