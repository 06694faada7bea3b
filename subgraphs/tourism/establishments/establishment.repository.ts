import type { Knex } from 'knex';
import { ListRepository } from '../../kit/database/list-repository.js';
import type { RecordedColumns } from '../../kit/database/sector-repository.js';
import { toIsoDate } from '../../kit/dates.js';
import type { KeyColumn } from '../../kit/graphql/keyset.js';
import type { CountArgs } from '../../kit/graphql/scoped-page-loader.js';
import type { RecordArea } from '../../kit/units/unit-directory.js';
import { accommodationTypeOf, codeOfAccommodationType } from '../lookups/codes.js';
import type { Establishment, EstablishmentFilter } from './establishment.model.js';

interface EstablishmentRow {
  id: number;
  unit_code: string;
  name: string;
  type_code: string;
  stars: number;
  rooms: number;
  beds: number;
  licensed_on: string | Date;
  closed_on: string | Date | null;
}

const COLUMNS = [
  'c.CSLT_ID as id',
  'c.MA_XA as unit_code',
  'c.TEN_CSLT as name',
  'c.MA_LOAI as type_code',
  'c.HANG_SAO as stars',
  'c.SO_PHONG as rooms',
  'c.SO_GIUONG as beds',
  'c.NGAY_CAP_PHEP as licensed_on',
  'c.NGAY_NGUNG_HD as closed_on',
];

/** The largest first: stars, then rooms, then the newest record. */
const ESTABLISHMENT_ORDER: readonly KeyColumn[] = [
  { column: 'c.HANG_SAO', direction: 'desc', type: 'int' },
  { column: 'c.SO_PHONG', direction: 'desc', type: 'int' },
  { column: 'c.CSLT_ID', direction: 'desc', type: 'int' },
];

const toEstablishment = (r: EstablishmentRow): Establishment => ({
  id: Number(r.id),
  unitCode: r.unit_code,
  recordedOn: toIsoDate(r.licensed_on),
  name: r.name,
  type: accommodationTypeOf(r.type_code),
  stars: Number(r.stars),
  rooms: Number(r.rooms),
  beds: Number(r.beds),
  licensedOn: toIsoDate(r.licensed_on),
  closedOn: toIsoDate(r.closed_on),
});

const establishmentKey = (e: Establishment): string[] => [String(e.stars), String(e.rooms), String(e.id)];

/** Where an establishment was recorded: the commune code in force on the day it was licensed. */
const RECORDED: RecordedColumns = { unit: 'c.MA_XA', on: 'c.NGAY_CAP_PHEP', kind: 'date' };

/** DL_CSLT, the accommodation register; every method is one statement for a whole batch. */
export class EstablishmentRepository extends ListRepository<EstablishmentFilter, EstablishmentRow, Establishment> {
  readonly pageOrder = ESTABLISHMENT_ORDER;
  readonly pageKey = establishmentKey;

  private base(): Knex.QueryBuilder {
    return this.knex('DL_CSLT as c').where('c.DAXOA', 0);
  }

  async byIds(ids: readonly number[], area: RecordArea): Promise<Establishment[]> {
    const rows: EstablishmentRow[] = await this.inArea(this.base().select(COLUMNS).where(this.inList('c.CSLT_ID', ids)), RECORDED, area);
    return rows.map(toEstablishment);
  }

  /** The establishments operating now that the caller may see, the filters applied: no order, no page. */
  protected listed(args: CountArgs<EstablishmentFilter>): Knex.QueryBuilder {
    const base = this.inArea(this.base(), RECORDED, args.area).whereNull('c.NGAY_NGUNG_HD');
    if (args.filter.type) base.where('c.MA_LOAI', codeOfAccommodationType(args.filter.type));
    if (args.filter.minStars !== null) base.where('c.HANG_SAO', '>=', args.filter.minStars);
    return base;
  }

  protected readonly unitColumn = RECORDED.unit;
  protected readonly columns = COLUMNS;

  protected toItem(r: EstablishmentRow): Establishment {
    return toEstablishment(r);
  }
}
