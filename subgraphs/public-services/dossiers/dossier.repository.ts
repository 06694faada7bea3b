import type { Knex } from 'knex';
import { ListRepository } from '../../kit/database/list-repository.js';
import { seesNothing, type RecordedColumns } from '../../kit/database/sector-repository.js';
import { vietnamDayOf } from '../../kit/dates.js';
import type { KeyColumn } from '../../kit/graphql/keyset.js';
import type { CountArgs } from '../../kit/graphql/scoped-page-loader.js';
import type { RecordArea } from '../../kit/units/unit-directory.js';
import { statusOfLegacyCode } from '../lookups/codes.js';
import type { Applicant, Dossier, DossierPageFilter } from './dossier.model.js';

interface DossierRow {
  id: number;
  number: string;
  procedure_id: number;
  agency_id: number;
  unit_code: string;
  received_at: Date;
  due_at: Date;
  finished_at: Date | null;
  status_code: string;
  status_label: string;
  online: number;
}

const COLUMNS = [
  'h.HoSoID as id',
  'h.MaHoSo as number',
  'h.ThuTucID as procedure_id',
  'h.CoQuanID as agency_id',
  'h.MaDonVi as unit_code',
  'h.NgayNhan as received_at',
  'h.NgayHenTra as due_at',
  'h.NgayTra as finished_at',
  'h.MaTrangThai as status_code',
  'tt.TenTrangThai as status_label',
  'h.NopTrucTuyen as online',
];

const toDossier = (r: DossierRow): Dossier => ({
  id: Number(r.id),
  number: r.number,
  procedureId: Number(r.procedure_id),
  agencyId: Number(r.agency_id),
  unitCode: r.unit_code,
  recordedOn: vietnamDayOf(new Date(r.received_at)),
  receivedAt: new Date(r.received_at),
  dueAt: new Date(r.due_at),
  finishedAt: r.finished_at === null ? null : new Date(r.finished_at),
  status: statusOfLegacyCode(r.status_code),
  statusLabel: r.status_label,
  online: Number(r.online) === 1,
});

/** Newest first: received desc, then id desc. */
const DOSSIER_ORDER: readonly KeyColumn[] = [
  { column: 'h.NgayNhan', direction: 'desc', type: 'instant' },
  { column: 'h.HoSoID', direction: 'desc', type: 'int' },
];

const dossierKey = (d: Dossier): string[] => [d.receivedAt.toISOString(), String(d.id)];

/** Where a dossier was recorded: the unit code in force and the day it was received. */
const RECORDED: RecordedColumns = { unit: 'h.MaDonVi', on: 'h.NgayNhan', kind: 'instant' };

/** The only place that knows `HoSo` and `TrangThaiHoSo`. Soft-deleted dossiers never come back. */
export class DossierRepository extends ListRepository<DossierPageFilter, DossierRow, Dossier> {
  readonly pageOrder = DOSSIER_ORDER;
  readonly pageKey = dossierKey;

  private base(area: RecordArea): Knex.QueryBuilder {
    const q = this.knex('HoSo as h').join('TrangThaiHoSo as tt', 'tt.MaTrangThai', 'h.MaTrangThai').where('h.DaXoa', 0);
    return this.inArea(q, RECORDED, area);
  }

  async byIds(ids: readonly number[], area: RecordArea): Promise<Dossier[]> {
    if (seesNothing(area)) return [];
    const rows: DossierRow[] = await this.base(area).select(COLUMNS).andWhere(this.inList('h.HoSoID', ids));
    return rows.map(toDossier);
  }

  async byNumbers(numbers: readonly string[], area: RecordArea): Promise<Dossier[]> {
    if (seesNothing(area)) return [];
    const rows: DossierRow[] = await this.base(area).select(COLUMNS).andWhere(this.inList('h.MaHoSo', numbers));
    return rows.map(toDossier);
  }

  /** The applicant columns only, apart from the dossier, so that personal data is read only when asked for. */
  async applicants(ids: readonly number[], area: RecordArea): Promise<Applicant[]> {
    if (seesNothing(area)) return [];
    const q = this.knex('HoSo as h')
      .select(['h.HoSoID as id', 'h.TenNguoiNop as name', 'h.SoCCCD as id_number', 'h.SoDienThoai as phone'])
      .where('h.DaXoa', 0)
      .andWhere(this.inList('h.HoSoID', ids));
    const rows: Array<{ id: number; name: string; id_number: string | null; phone: string | null }> = await this.inArea(q, RECORDED, area);
    return rows.map((r) => ({ dossierId: Number(r.id), name: r.name, idNumber: r.id_number, phone: r.phone }));
  }

  /** The list's records the caller may see, its filters applied: no order, no page. */
  protected listed(args: CountArgs<DossierPageFilter>): Knex.QueryBuilder {
    const { filter } = args;
    const base = this.base(args.area);
    if (filter.receivedFrom) base.andWhere('h.NgayNhan', '>=', filter.receivedFrom);
    if (filter.receivedBefore) base.andWhere('h.NgayNhan', '<', filter.receivedBefore);
    if (filter.statusCode) base.andWhere('h.MaTrangThai', filter.statusCode);
    if (filter.online !== null) base.andWhere('h.NopTrucTuyen', filter.online ? 1 : 0);
    if (filter.overdue !== null) {
      const late = filter.overdue;
      base.andWhere((w) =>
        w
          .where((f) => f.whereNotNull('h.NgayTra').andWhereRaw(`?? ${late ? '>' : '<='} ??`, ['h.NgayTra', 'h.NgayHenTra']))
          .orWhere((o) => o.whereNull('h.NgayTra').andWhere('h.NgayHenTra', late ? '<' : '>=', filter.now)),
      );
    }
    return base;
  }

  protected readonly unitColumn = RECORDED.unit;
  protected readonly columns = COLUMNS;

  protected toItem(r: DossierRow): Dossier {
    return toDossier(r);
  }
}
