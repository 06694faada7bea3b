import { SectorRepository } from '../../kit/database/sector-repository.js';
import { LEGACY_LEVEL } from '../lookups/codes.js';
import type { Agency } from './agency.model.js';

interface AgencyRow {
  id: number;
  code: string;
  name: string;
  level_code: string;
  unit_code: string;
  inactive: number;
}

const COLUMNS = ['c.CoQuanID as id', 'c.MaCoQuan as code', 'c.TenCoQuan as name', 'c.CapCoQuan as level_code', 'c.MaDonVi as unit_code', 'c.NgungHoatDong as inactive'];

const toAgency = (r: AgencyRow): Agency => ({
  id: Number(r.id),
  code: r.code,
  name: r.name,
  level: LEGACY_LEVEL[r.level_code] ?? 'PROVINCE',
  unitCode: r.unit_code,
  active: Number(r.inactive) === 0,
});

/**
 * The only place that knows `CoQuan`. The agencies are public reference data, read unscoped. One
 * statement per batch; soft-deleted agencies never come back.
 */
export class AgencyRepository extends SectorRepository {
  readonly data = 'reference';

  async byIds(ids: readonly number[]): Promise<Agency[]> {
    const rows: AgencyRow[] = await this.knex('CoQuan as c').select(COLUMNS).where(this.inList('c.CoQuanID', ids)).andWhere('c.DaXoa', 0);
    return rows.map(toAgency);
  }

  async byCodes(codes: readonly string[]): Promise<Agency[]> {
    const rows: AgencyRow[] = await this.knex('CoQuan as c').select(COLUMNS).where(this.inList('c.MaCoQuan', codes)).andWhere('c.DaXoa', 0);
    return rows.map(toAgency);
  }
}
