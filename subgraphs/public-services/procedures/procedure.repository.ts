import type { Knex } from 'knex';
import { SectorRepository } from '../../kit/database/sector-repository.js';
import { toIsoDate } from '../../kit/dates.js';
import { LEGACY_LEVEL, onlineServiceOf } from '../lookups/codes.js';
import type { Procedure } from './procedure.model.js';

interface ProcedureRow {
  id: number;
  code: string;
  name: string;
  field_code: string;
  field_name: string;
  level_code: string;
  online_level: number;
  processing_days: number;
  decision_number: string;
  announced_on: string | Date | null;
}

const toProcedure = (r: ProcedureRow): Procedure => ({
  id: Number(r.id),
  code: r.code,
  name: r.name,
  field: { code: r.field_code, name: r.field_name },
  level: LEGACY_LEVEL[r.level_code] ?? 'PROVINCE',
  onlineService: onlineServiceOf(Number(r.online_level)),
  processingDays: Number(r.processing_days),
  decisionNumber: r.decision_number,
  announcedOn: toIsoDate(r.announced_on),
});

/** The only place that knows `ThuTuc` and `LinhVuc`: the published catalogue, public reference data read unscoped. */
export class ProcedureRepository extends SectorRepository {
  readonly data = 'reference';

  private select(): Knex.QueryBuilder {
    const { knex } = this;
    return knex('ThuTuc as t')
      .join('LinhVuc as l', 'l.MaLinhVuc', 't.MaLinhVuc')
      .select([
        't.ThuTucID as id',
        't.MaThuTuc as code',
        't.TenThuTuc as name',
        't.MaLinhVuc as field_code',
        'l.TenLinhVuc as field_name',
        't.CapThucHien as level_code',
        't.MucDoDVC as online_level',
        't.SoNgayGiaiQuyet as processing_days',
        't.SoQuyetDinh as decision_number',
        // The catalogue import kept the decision date as DD/MM/YYYY text.
        knex.raw('? as ??', [this.db.dialect.dmyToDate(knex, 't.NgayQuyetDinh'), 'announced_on']),
      ])
      .where('t.DaXoa', 0);
  }

  async byIds(ids: readonly number[]): Promise<Procedure[]> {
    const rows: ProcedureRow[] = await this.select().andWhere(this.inList('t.ThuTucID', ids));
    return rows.map(toProcedure);
  }

  async byCodes(codes: readonly string[]): Promise<Procedure[]> {
    const rows: ProcedureRow[] = await this.select().andWhere(this.inList('t.MaThuTuc', codes));
    return rows.map(toProcedure);
  }
}
