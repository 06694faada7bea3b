import type { Knex } from 'knex';
import type { Database } from '../../kit/database/database.js';
import { LEGACY_LEVEL, type Agency } from './agency.model.js';

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

/** The only place that knows `CoQuan`. One statement per batch; soft-deleted agencies never come back. */
export class AgencyRepository {
  constructor(private readonly db: Database) {}

  private get knex(): Knex {
    return this.db.knex;
  }

  async byIds(ids: readonly number[]): Promise<Agency[]> {
    const rows: AgencyRow[] = await this.knex('CoQuan as c').select(COLUMNS).where(this.db.dialect.inList(this.knex, 'c.CoQuanID', ids)).andWhere('c.DaXoa', 0);
    return rows.map(toAgency);
  }

  async byCodes(codes: readonly string[]): Promise<Agency[]> {
    const rows: AgencyRow[] = await this.knex('CoQuan as c').select(COLUMNS).where(this.db.dialect.inList(this.knex, 'c.MaCoQuan', codes)).andWhere('c.DaXoa', 0);
    return rows.map(toAgency);
  }
}
