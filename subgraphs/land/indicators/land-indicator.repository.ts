import type { Knex } from 'knex';
import type { DatePeriod } from '../../kit/indicators/period.js';
import { measuresByCode } from '../../kit/indicators/indicator.service.js';
import type { Measures } from '../../kit/indicators/indicator-spec.js';
import { SectorRepository } from '../../kit/database/sector-repository.js';
import { AREA_GROUPS, AREA_OTHER, areaMeasure } from './land-indicators.js';

const PARCEL_MEASURES = ['parcels', 'area_total', ...AREA_GROUPS.map((g) => areaMeasure(g.code)), AREA_OTHER, 'disputed_parcels'];
const CERT_MEASURES = ['cert_total', 'cert_first', 'cert_reissue'];
const CHANGE_MEASURES = ['change_received', 'change_finished', 'change_on_time', 'change_late'];
const DISPUTE_MEASURES = ['dispute_received'];
const ALL = [...PARCEL_MEASURES, ...CERT_MEASURES, ...CHANGE_MEASURES, ...DISPUTE_MEASURES];

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * The land measures per recorded unit code, in ONE statement: four grouped branches (parcel stock,
 * certificates, change registrations, disputes) joined by UNION ALL, each filling its own measure
 * columns and zero for the rest. Conditional sums use CASE (no FILTER), and no aggregate contains
 * a subquery (SQL Server refuses that), so the same SQL runs on PostgreSQL and SQL Server.
 */
export class LandIndicatorRepository extends SectorRepository {
  async measures(codes: readonly string[], period: DatePeriod): Promise<Map<string, Measures>> {
    if (codes.length === 0) return new Map();
    const branches = [this.parcelStock(codes, period), this.certificates(codes, period), this.changes(codes, period), this.disputes(codes, period)];
    // Each branch is parenthesised: knex would otherwise put the first branch's GROUP BY after the unions.
    const union = this.knex.raw(`(${branches.map(() => '?').join(' union all ')}) as measures`, branches);
    const rows: Array<Record<string, unknown>> = await this.knex.select('*').from(union);
    return measuresByCode(rows);
  }

  /** Every branch selects the same columns in the same order. */
  private columns(own: Readonly<Record<string, Knex.Raw>>): Knex.Raw[] {
    return ALL.map((name) => own[name] ?? this.knex.raw('0 as ??', [name]));
  }

  private sumIf(condition: string, bindings: readonly unknown[], alias: string): Knex.Raw {
    return this.knex.raw(`sum(case when ${condition} then 1 else 0 end) as ??`, [...bindings, alias] as never);
  }

  private hectares(condition: string | null, bindings: readonly unknown[], alias: string): Knex.Raw {
    const value = condition === null ? '??' : `case when ${condition} then ?? else 0 end`;
    return this.knex.raw(`sum(${value}) / 10000.0 as ??`, [...bindings, 'p.DIENTICH', alias] as never);
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
      parcels: k.raw('count(*) as ??', ['parcels']),
      area_total: this.hectares(null, [], 'area_total'),
      [AREA_OTHER]: this.hectares(`?? not in (${placeholders(mainCodes.length)})`, ['p.MAMDSD', ...mainCodes], AREA_OTHER),
      disputed_parcels: this.sumIf('?? is not null', ['od.THUADATID'], 'disputed_parcels'),
    };
    for (const code of mainCodes) own[areaMeasure(code)] = this.hectares('?? = ?', ['p.MAMDSD', code], areaMeasure(code));
    return k('DC_THUADAT as p')
      .leftJoin(openDisputes, 'od.THUADATID', 'p.THUADATID')
      .select('p.MADVHC as unit_code', ...this.columns(own))
      .where(this.inList('p.MADVHC', codes))
      .where('p.DAXOA', 0)
      .where(this.db.dialect.dmyToDate(k, 'p.NGAYVAOSO'), '<=', period.to)
      .where((w) => w.whereNull('p.NGAYHETHIEULUC').orWhere('p.NGAYHETHIEULUC', '>', period.to))
      .groupBy('p.MADVHC');
  }

  private certificates(codes: readonly string[], period: DatePeriod): Knex.QueryBuilder {
    return this.knex('DC_GIAYCHUNGNHAN as g')
      .select(
        'g.MADVHC as unit_code',
        ...this.columns({
          cert_total: this.knex.raw('count(*) as ??', ['cert_total']),
          cert_first: this.sumIf('?? = ?', ['g.MAHINHTHUC', '01'], 'cert_first'),
          cert_reissue: this.sumIf('?? = ?', ['g.MAHINHTHUC', '02'], 'cert_reissue'),
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
        'd.MADVHC as unit_code',
        ...this.columns({
          change_received: this.sumIf('?? between ? and ?', ['d.NGAYNHAN', period.from, period.to], 'change_received'),
          change_finished: this.sumIf(finished, fin, 'change_finished'),
          change_on_time: this.sumIf(`${finished} and ?? <= ??`, [...fin, 'd.NGAYHOANTHANH', 'd.NGAYHENTRA'], 'change_on_time'),
          change_late: this.sumIf(`${finished} and ?? > ??`, [...fin, 'd.NGAYHOANTHANH', 'd.NGAYHENTRA'], 'change_late'),
        }),
      )
      .where(this.inList('d.MADVHC', codes))
      .where('d.DAXOA', 0)
      .where((w) => w.whereBetween('d.NGAYNHAN', [period.from, period.to]).orWhereBetween('d.NGAYHOANTHANH', [period.from, period.to]))
      .groupBy('d.MADVHC');
  }

  private disputes(codes: readonly string[], period: DatePeriod): Knex.QueryBuilder {
    return this.knex('DC_TRANHCHAP as t')
      .select('t.MADVHC as unit_code', ...this.columns({ dispute_received: this.knex.raw('count(*) as ??', ['dispute_received']) }))
      .where(this.inList('t.MADVHC', codes))
      .where('t.DAXOA', 0)
      .whereBetween('t.NGAYTIEPNHAN', [period.from, period.to])
      .groupBy('t.MADVHC');
  }
}
