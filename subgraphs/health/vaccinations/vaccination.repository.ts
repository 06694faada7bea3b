import type { Knex } from 'knex';
import { ListRepository } from '../../kit/database/list-repository.js';
import type { RecordedColumns } from '../../kit/database/sector-repository.js';
import { toIsoDate } from '../../kit/dates.js';
import type { KeyColumn } from '../../kit/graphql/keyset.js';
import type { CountArgs } from '../../kit/graphql/scoped-page-loader.js';
import type { RecordArea } from '../../kit/units/unit-directory.js';
import type { VaccineCode } from '../lookups/codes.js';
import { sexName } from '../episodes/episode.model.js';
import type { VaccinatedChild, Vaccination, VaccinationFilter } from './vaccination.model.js';

interface VaccinationRow {
  id: number;
  unit_code: string;
  vaccinated_on: string | Date;
  vaccine: VaccineCode;
  vaccine_name: string;
  dose: number;
  facility_code: string;
}

const COLUMNS = [
  'v.ID as id',
  'v.MA_XA as unit_code',
  'v.NGAY_TIEM as vaccinated_on',
  'v.MA_VACXIN as vaccine',
  'x.TEN_VACXIN as vaccine_name',
  'v.MUI_THU as dose',
  'v.MA_CSKCB as facility_code',
];

/** Newest dose first. */
const VACCINATION_ORDER: readonly KeyColumn[] = [
  { column: 'v.NGAY_TIEM', direction: 'desc', type: 'date' },
  { column: 'v.ID', direction: 'desc', type: 'int' },
];

const toVaccination = (r: VaccinationRow): Vaccination => ({
  id: Number(r.id),
  unitCode: r.unit_code,
  recordedOn: toIsoDate(r.vaccinated_on),
  vaccinatedOn: toIsoDate(r.vaccinated_on),
  vaccine: r.vaccine,
  vaccineName: r.vaccine_name,
  dose: Number(r.dose),
  facilityCode: r.facility_code,
});

const vaccinationKey = (v: Vaccination): string[] => [v.vaccinatedOn, String(v.id)];

/** Where a dose was recorded: the child's commune on the day of the dose. */
const RECORDED: RecordedColumns = { unit: 'v.MA_XA', on: 'v.NGAY_TIEM', kind: 'date' };

/**
 * TC_MUI_TIEM, the doses of the immunisation register, with their vaccine's name; a dose of a child
 * struck from the register (TC_DOI_TUONG.DAXOA) goes with the child. The child's identity is read
 * apart (`childrenOf`), only when a caller allowed to see it asks.
 */
export class VaccinationRepository extends ListRepository<VaccinationFilter, VaccinationRow, Vaccination> {
  readonly pageOrder = VACCINATION_ORDER;
  readonly pageKey = vaccinationKey;

  private base(): Knex.QueryBuilder {
    return this.knex('TC_MUI_TIEM as v')
      .join('DM_VACXIN as x', 'x.MA_VACXIN', 'v.MA_VACXIN')
      .join('TC_DOI_TUONG as c', 'c.MA_DOI_TUONG', 'v.MA_DOI_TUONG')
      .where('v.DAXOA', 0)
      .where('c.DAXOA', 0);
  }

  async byIds(ids: readonly number[], area: RecordArea): Promise<Vaccination[]> {
    const rows: VaccinationRow[] = await this.inArea(this.base().select(COLUMNS).where(this.inList('v.ID', ids)), RECORDED, area);
    return rows.map(toVaccination);
  }

  /** The list's records the caller may see, its filters applied: no order, no page. */
  protected listed(args: CountArgs<VaccinationFilter>): Knex.QueryBuilder {
    const base = this.inArea(this.base(), RECORDED, args.area);
    if (args.filter.period) base.whereBetween('v.NGAY_TIEM', [args.filter.period.from, args.filter.period.to]);
    if (args.filter.vaccine) base.where('v.MA_VACXIN', args.filter.vaccine);
    return base;
  }

  protected readonly unitColumn = RECORDED.unit;
  protected readonly columns = COLUMNS;

  protected toItem(r: VaccinationRow): Vaccination {
    return toVaccination(r);
  }

  /** The child of each dose, read through the dose so that the caller's area applies to it too. */
  async childrenOf(ids: readonly number[], area: RecordArea): Promise<VaccinatedChild[]> {
    const q = this.base()
      .select('v.ID as vaccination_id', 'c.HO_TEN as name', 'c.SO_DINH_DANH as id_number', 'c.NGAY_SINH as birth_date', 'c.GIOI_TINH as sex')
      .where(this.inList('v.ID', ids));
    const rows: Array<{ vaccination_id: number; name: string; id_number: string | null; birth_date: string | Date; sex: number }> = await this.inArea(q, RECORDED, area);
    return rows.map((r) => ({
      vaccinationId: Number(r.vaccination_id),
      name: r.name,
      idNumber: r.id_number,
      birthDate: toIsoDate(r.birth_date),
      sex: sexName(r.sex),
    }));
  }
}
