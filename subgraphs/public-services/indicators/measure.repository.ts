import type { Knex } from 'knex';
import type { Database } from '../../kit/database/database.js';
import { measuresByCode } from '../../kit/indicators/indicator.service.js';
import type { Measures } from '../../kit/indicators/indicator-spec.js';
import { dayAfter, type DatePeriod } from '../../kit/indicators/period.js';
import { startOfVietnamDay } from '../../kit/dates.js';
import { legacyStatusCode } from '../dossiers/dossier.model.js';

/**
 * The additive measures behind every public-services indicator, per recorded unit code, in one
 * GROUP BY. Conditional counts are `sum(case … then 1 else 0 end)` so the same SQL runs on
 * PostgreSQL and SQL Server. Period days are Vietnam days; timestamps are stored with their zone.
 */
export class MeasureRepository {
  constructor(private readonly db: Database) {}

  async measures(codes: readonly string[], period: DatePeriod): Promise<ReadonlyMap<string, Measures>> {
    const { knex } = this.db;
    const from = startOfVietnamDay(period.from);
    const end = startOfVietnamDay(dayAfter(period.to));
    const raw = (sql: string, bindings: readonly Knex.RawBinding[] = []) => knex.raw(sql, bindings);
    const and = (...parts: Knex.Raw[]) => raw(parts.map(() => '(?)').join(' and '), parts);

    const received = raw('?? >= ?', ['h.NgayNhan', from]);
    const finished = and(raw('?? = ?', ['h.MaTrangThai', legacyStatusCode('FINISHED')]), raw('?? >= ?', ['h.NgayTra', from]), raw('?? < ?', ['h.NgayTra', end]));
    const inTime = raw('?? <= ??', ['h.NgayTra', 'h.NgayHenTra']);
    const beforeDueDay = raw('? < ?', [this.db.dialect.vietnamDay(knex, 'h.NgayTra'), this.db.dialect.vietnamDay(knex, 'h.NgayHenTra')]);
    const onDueDay = raw('? >= ?', [this.db.dialect.vietnamDay(knex, 'h.NgayTra'), this.db.dialect.vietnamDay(knex, 'h.NgayHenTra')]);
    // Open at the end of the period: received by then (the WHERE below) and not ended by then.
    const open = raw('(?? is null or ?? >= ?)', ['h.NgayTra', 'h.NgayTra', end]);

    const count = (alias: string, condition: Knex.Raw) => raw('sum(case when ? then 1 else 0 end) as ??', [condition, alias]);
    const rows: Array<Record<string, unknown>> = await knex('HoSo as h')
      .select([
        'h.MaDonVi as unit_code',
        count('received', received),
        count('received_online', and(received, raw('?? = 1', ['h.NopTrucTuyen']))),
        count('finished', finished),
        count('finished_ahead', and(finished, inTime, beforeDueDay)),
        count('finished_on_time', and(finished, inTime, onDueDay)),
        count('finished_late', and(finished, raw('?? > ??', ['h.NgayTra', 'h.NgayHenTra']))),
        count('finished_in_time', and(finished, inTime)),
        count('in_process', open),
        count('in_process_not_due', and(open, raw('?? >= ?', ['h.NgayHenTra', end]))),
        count('in_process_overdue', and(open, raw('?? < ?', ['h.NgayHenTra', end]))),
      ])
      .where('h.DaXoa', 0)
      .andWhere(this.db.dialect.inList(knex, 'h.MaDonVi', codes))
      .andWhere('h.NgayNhan', '<', end)
      // Received in the period, or ended in it, or still open at its end: nothing else counts.
      .andWhere((w) => w.where('h.NgayNhan', '>=', from).orWhereNull('h.NgayTra').orWhere('h.NgayTra', '>=', from))
      .groupBy('h.MaDonVi');
    return measuresByCode(rows);
  }
}
