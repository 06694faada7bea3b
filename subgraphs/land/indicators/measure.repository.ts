import type { Knex } from 'knex';
import { MeasureRepository } from '../../kit/database/measure-repository.js';
import type { DatePeriod } from '../../kit/indicators/period.js';
import { AREA_GROUPS, AREA_OTHER, areaMeasure } from './indicators.js';

const PARCEL_MEASURES = ['parcels', 'area_total', ...AREA_GROUPS.map((g) => areaMeasure(g.code)), AREA_OTHER, 'disputed_parcels'];
const CERT_MEASURES = ['cert_total', 'cert_first', 'cert_reissue'];
const CHANGE_MEASURES = ['change_received', 'change_finished', 'change_on_time', 'change_late'];
const DISPUTE_MEASURES = ['dispute_received'];
const ALL = [...PARCEL_MEASURES, ...CERT_MEASURES, ...CHANGE_MEASURES, ...DISPUTE_MEASURES];

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * The land measures per recorded unit code, in ONE statement: four grouped branches (parcel stock,
 * certificates, change registrations, disputes) joined by UNION ALL, each filling its own measure
 * columns and zero for the rest. No aggregate contains a subquery (SQL Server refuses that), so the
 * same SQL runs on PostgreSQL and SQL Server.
 */
export class LandMeasures extends MeasureRepository {
  protected readonly measureNames = ALL;

  protected branches(codes: readonly string[], period: DatePeriod): Knex.QueryBuilder[] {
    return [this.parcelStock(codes, period), this.certificates(codes, period), this.changes(codes, period), this.disputes(codes, period)];
  }

  /** Square metres summed as hectares. */
  private hectares(condition: string | null, bindings: readonly unknown[] = []): Knex.Raw {
    return this.sumOf('p.DIENTICH', condition, bindings, 0.0001);
  }

  /**
   * Area is a stock: parcels whose register date (legacy DD/MM/YYYY text) is on or before the end of
   * the period and that were not yet replaced then. Disputed parcels: those with a dispute received
   * by the end of the period and not closed by then (a LEFT JOIN, not EXISTS inside the sum).
   */
  private parcelStock(codes: readonly string[], period: DatePeriod): Knex.QueryBuilder {
    const k = this.knex;
    const mainCodes = AREA_GROUPS.map((g) => g.code);
    const openDisputes = k('DC_TRANHCHAP as t')
      .distinct('t.THUADATID')
      .where('t.DAXOA', 0)
      .where('t.NGAYTIEPNHAN', '<=', period.to)
      .where((w) => w.whereNull('t.NGAYKETTHUC').orWhere('t.NGAYKETTHUC', '>', period.to))
      .as('od');
    const own: Record<string, Knex.Raw> = {
      parcels: k.raw('count(*)'),
      area_total: this.hectares(null),
      [AREA_OTHER]: this.hectares(`?? not in (${placeholders(mainCodes.length)})`, ['p.MAMDSD', ...mainCodes]),
      disputed_parcels: this.countWhen('?? is not null', ['od.THUADATID']),
    };
    for (const code of mainCodes) own[areaMeasure(code)] = this.hectares('?? = ?', ['p.MAMDSD', code]);
    return k('DC_THUADAT as p')
      .leftJoin(openDisputes, 'od.THUADATID', 'p.THUADATID')
      .select(this.branchColumns('p.MADVHC', own))
      .where(this.inList('p.MADVHC', codes))
      .where('p.DAXOA', 0)
      .where(this.db.dialect.dmyToDate(k, 'p.NGAYVAOSO'), '<=', period.to)
      .where((w) => w.whereNull('p.NGAYHETHIEULUC').orWhere('p.NGAYHETHIEULUC', '>', period.to))
      .groupBy('p.MADVHC');
  }

  private certificates(codes: readonly string[], period: DatePeriod): Knex.QueryBuilder {
    return this.knex('DC_GIAYCHUNGNHAN as g')
      .select(
        this.branchColumns('g.MADVHC', {
          cert_total: this.knex.raw('count(*)'),
          cert_first: this.countWhen('?? = ?', ['g.MAHINHTHUC', '01']),
          cert_reissue: this.countWhen('?? = ?', ['g.MAHINHTHUC', '02']),
        }),
      )
      .where(this.inList('g.MADVHC', codes))
      .where('g.DAXOA', 0)
      .whereBetween('g.NGAYCAP', [period.from, period.to])
      .groupBy('g.MADVHC');
  }

  /** Received and finished counts come from the same rows, so both dates bound the scan. */
  private changes(codes: readonly string[], period: DatePeriod): Knex.QueryBuilder {
    const finished = '?? between ? and ?';
    const fin = ['d.NGAYHOANTHANH', period.from, period.to];
    return this.knex('DC_DANGKYBIENDONG as d')
      .select(
        this.branchColumns('d.MADVHC', {
          change_received: this.countWhen('?? between ? and ?', ['d.NGAYNHAN', period.from, period.to]),
          change_finished: this.countWhen(finished, fin),
          change_on_time: this.countWhen(`${finished} and ?? <= ??`, [...fin, 'd.NGAYHOANTHANH', 'd.NGAYHENTRA']),
          change_late: this.countWhen(`${finished} and ?? > ??`, [...fin, 'd.NGAYHOANTHANH', 'd.NGAYHENTRA']),
        }),
      )
      .where(this.inList('d.MADVHC', codes))
      .where('d.DAXOA', 0)
      .where((w) => w.whereBetween('d.NGAYNHAN', [period.from, period.to]).orWhereBetween('d.NGAYHOANTHANH', [period.from, period.to]))
      .groupBy('d.MADVHC');
  }

  private disputes(codes: readonly string[], period: DatePeriod): Knex.QueryBuilder {
    return this.knex('DC_TRANHCHAP as t')
      .select(this.branchColumns('t.MADVHC', { dispute_received: this.knex.raw('count(*)') }))
      .where(this.inList('t.MADVHC', codes))
      .where('t.DAXOA', 0)
      .whereBetween('t.NGAYTIEPNHAN', [period.from, period.to])
      .groupBy('t.MADVHC');
  }
}
