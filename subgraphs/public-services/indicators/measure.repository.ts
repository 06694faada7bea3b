import type { Knex } from 'knex';
import { MeasureRepository } from '../../kit/database/measure-repository.js';
import { periodInstants, type DatePeriod } from '../../kit/indicators/period.js';
import { legacyStatusCode } from '../lookups/codes.js';

/**
 * The additive measures behind every public-services indicator, per recorded unit code, in one
 * GROUP BY. Conditional counts are `sum(case … then 1 else 0 end)` so the same SQL runs on
 * PostgreSQL and SQL Server. Period days are Vietnam days; timestamps are stored with their zone.
 */
export class PublicServicesMeasures extends MeasureRepository {
  protected readonly measureNames = [
    'received',
    'received_online',
    'finished',
    'finished_ahead',
    'finished_on_time',
    'finished_late',
    'finished_in_time',
    'in_process',
    'in_process_not_due',
    'in_process_overdue',
  ];

  protected branches(codes: readonly string[], period: DatePeriod): Knex.QueryBuilder[] {
    const { knex } = this;
    const { from, to: end } = periodInstants(period);
    const raw = (sql: string, bindings: readonly Knex.RawBinding[] = []) => knex.raw(sql, bindings);
    const and = (...parts: Knex.Raw[]) => raw(parts.map(() => '(?)').join(' and '), parts);

    const received = raw('?? >= ?', ['h.NgayNhan', from]);
    const finished = and(raw('?? = ?', ['h.MaTrangThai', legacyStatusCode('FINISHED')]), raw('?? >= ?', ['h.NgayTra', from]), raw('?? < ?', ['h.NgayTra', end]));
    const inTime = raw('?? <= ??', ['h.NgayTra', 'h.NgayHenTra']);
    const beforeDueDay = raw('? < ?', [this.db.dialect.vietnamDay(knex, 'h.NgayTra'), this.db.dialect.vietnamDay(knex, 'h.NgayHenTra')]);
    const onDueDay = raw('? >= ?', [this.db.dialect.vietnamDay(knex, 'h.NgayTra'), this.db.dialect.vietnamDay(knex, 'h.NgayHenTra')]);
    // Open at the end of the period: received by then (the WHERE below) and not ended by then.
    const open = raw('(?? is null or ?? >= ?)', ['h.NgayTra', 'h.NgayTra', end]);

    const count = (condition: Knex.Raw) => this.countWhen('?', [condition]);
    const branch = knex('HoSo as h')
      .select(
        this.branchColumns('h.MaDonVi', {
          received: count(received),
          received_online: count(and(received, raw('?? = 1', ['h.NopTrucTuyen']))),
          finished: count(finished),
          finished_ahead: count(and(finished, inTime, beforeDueDay)),
          finished_on_time: count(and(finished, inTime, onDueDay)),
          finished_late: count(and(finished, raw('?? > ??', ['h.NgayTra', 'h.NgayHenTra']))),
          finished_in_time: count(and(finished, inTime)),
          in_process: count(open),
          in_process_not_due: count(and(open, raw('?? >= ?', ['h.NgayHenTra', end]))),
          in_process_overdue: count(and(open, raw('?? < ?', ['h.NgayHenTra', end]))),
        }),
      )
      .where('h.DaXoa', 0)
      .andWhere(this.inList('h.MaDonVi', codes))
      .andWhere('h.NgayNhan', '<', end)
      // Received in the period, or ended in it, or still open at its end: nothing else counts.
      .andWhere((w) => w.where('h.NgayNhan', '>=', from).orWhereNull('h.NgayTra').orWhere('h.NgayTra', '>=', from))
      .groupBy('h.MaDonVi');
    return [branch];
  }
}
