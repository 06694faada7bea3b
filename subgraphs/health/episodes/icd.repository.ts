import { SectorRepository } from '../../kit/database/sector-repository.js';

/** DM_BENH_ICD10, the Ministry's ICD-10 list in Vietnamese: public reference data read unscoped. */
export class IcdRepository extends SectorRepository {
  readonly data = 'reference';

  async byCodes(codes: readonly string[]): Promise<Array<{ code: string; name: string }>> {
    const rows: Array<{ code: string; name: string }> = await this.knex('DM_BENH_ICD10 as d')
      .select('d.MA_BENH as code', 'd.TEN_BENH as name')
      .where(this.inList('d.MA_BENH', codes));
    return rows;
  }
}
